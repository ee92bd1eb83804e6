package org.pledgescope.batch;

/**
 * The last line of an NDJSON answer that stopped early, in place of the answer to line {@code atLine}: more lines
 * were rejected than a stream may have ({@code maxRejected}). Lines before it were answered, one answer each;
 * {@code atLine} and the lines after it were not.
 */
public record StreamStopped(Detail stopped) {
    /** Where it stopped, how many lines were answered and rejected before, and what to do. */
    public record Detail(long atLine, long answered, long rejected, String message) {}

    public static StreamStopped at(long line, long answered, long rejected, long maxRejected) {
        return new StreamStopped(new Detail(
                line,
                answered,
                rejected,
                "stopped at line " + line + ": more than " + maxRejected + " lines of this stream were rejected (the"
                        + " limit for one stream); line " + line + " and the lines after it were not answered."
                        + " Correct the rejected lines and send them with the rest again"));
    }
}
