package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Output that cannot be written (a full disk, a closed pipe) ends {@code batch} and {@code check} with exit 3. */
class LostOutputTest {
    private static final String GOOD = "{\"useDate\":\"2020-07-15\",\"asKnownOn\":\"2020-07-15\",\"agency\":{\"type\":"
            + "\"MUNICIPAL_POLICE\",\"country\":\"US\"},\"activity\":\"USE\",\"capability\":\"FACE_COMPARISON\","
            + "\"purpose\":\"CRIMINAL_INVESTIGATION\",\"contract\":{\"signedOn\":\"2020-08-01\"}}";

    /** Like /dev/full, or a pipe whose reader has gone: every write after the first {@code room} bytes fails. */
    private static final class FullDevice extends OutputStream {
        private long room;

        FullDevice(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    /** Counts what the command read from stdin. */
    private static final class CountingInput extends InputStream {
        private final InputStream in;
        long read;

        CountingInput(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }

    @Test
    void batchToAFullDiskExitsThreeWithAMessage() {
        CliRun run = CliRun.run(
                new ByteArrayInputStream((GOOD + "\n").repeat(200).getBytes(StandardCharsets.UTF_8)),
                new FullDevice(0),
                "batch",
                "--rules",
                "rules");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("standard output could not be written");
    }

    @Test
    void batchIntoAClosedPipeStopsWithoutReadingTheRest() {
        byte[] input = (GOOD + "\n").repeat(20_000).getBytes(StandardCharsets.UTF_8);
        CountingInput stdin = new CountingInput(input);
        CliRun run = CliRun.run(stdin, new FullDevice(4_096), "batch", "--rules", "rules");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(stdin.read).isLessThan(input.length / 10);
    }

    @Test
    void checkToAFullDiskExitsThree() {
        CliRun run = CliRun.run(
                new ByteArrayInputStream(new byte[0]),
                new FullDevice(0),
                "check",
                "--rules",
                "rules",
                Path.of("examples/queries/police-face-search.json").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("standard output could not be written");
    }
}
