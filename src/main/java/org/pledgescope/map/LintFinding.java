package org.pledgescope.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/**
 * One finding of {@code map --lint} over a pack's whole space. {@code subject} is what it is about (a rule, an
 * open question, a region); {@code file} and {@code line} point at the rule when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LintFinding(String pack, Kind kind, String subject, String message, String file, Integer line) {

    /** What a finding says. */
    public enum Kind {
        /** A rule that fires in no world of the space. */
        DEAD_RULE,
        /** Worlds inside the term that no rule reaches (no finding at all: the pack is silent there). */
        SILENCE,
        /** Worlds where a PROHIBITS and an EXEMPTS finding are both certain (neither hinges on a reading). */
        CONFLICT,
        /** Readings of an open question that give the same verdict in every world where it is raised. */
        IDLE_READING,
        /** An open question raised somewhere but deciding the verdict nowhere. */
        NEVER_DECISIVE,
        /** An open question no world raises. */
        NEVER_RAISED,
        /** A pack whose space has no finite classes (its rules read the use date): not linted. */
        NOT_MAPPED
    }

    @Override
    public String toString() {
        String where = file != null ? file + (line != null ? ":" + line : "") + ": " : pack + ": ";
        return where + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + subject + ": " + message;
    }
}
