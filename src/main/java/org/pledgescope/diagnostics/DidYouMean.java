package org.pledgescope.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * What a name that does not exist was probably meant to be, among the names that do: the same name written another
 * way ({@code face_comparison}, {@code Note}), a path's last part ({@code product} for {@code axon.product}) or an
 * id's first ({@code axon} for {@code axon-body-camera-face-matching}), or a
 * small slip of the keyboard ({@code notes}, {@code FACE_COMPARSION}, {@code openQuestion}). Only the closest names
 * are offered, and none when nothing is close: a wrong guess teaches less than no guess.
 */
public final class DidYouMean {
    private static final int MAX_OFFERED = 3;

    private DidYouMean() {}

    /** The names of {@code known} closest to {@code wrong}, in {@code known}'s order; empty when none is close. */
    public static List<String> among(String wrong, Collection<String> known) {
        String w = squashed(wrong);
        if (w.isEmpty()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(3, w.length() / 4));
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        int best = Integer.MAX_VALUE;
        List<String> closest = new ArrayList<>();
        for (String name : known) {
            if (name.equals(wrong)) {
                continue;
            }
            int d = distance(wrong, w, name, distance);
            if (d < 0 || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                closest.clear();
            }
            if (!closest.contains(name)) {
                closest.add(name);
            }
        }
        return closest.size() > MAX_OFFERED ? List.of() : List.copyOf(closest);
    }

    /** {@code " (did you mean 'x'?)"}, {@code " (did you mean 'x' or 'y'?)"}, or "" when nothing is close. */
    public static String hint(String wrong, Collection<String> known) {
        return phrase(among(wrong, known));
    }

    /** {@code " (did you mean 'x' or 'y'?)"} for names already chosen, or "" for none. */
    public static String phrase(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        String list = quoted.size() == 1
                ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return " (did you mean " + list + "?)";
    }

    /** 0 for the same name written another way or a path ending in it; else the edit distance, -1 if too far. */
    private static int distance(String wrong, String squashedWrong, String name, LevenshteinDistance distance) {
        String n = squashed(name);
        if (n.equals(squashedWrong)) {
            return 0;
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && squashed(name.substring(dot + 1)).equals(squashedWrong)) {
            return 0;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String separator : List.of("-", ".", "_")) {
            if (wrong.length() >= 3 && lower.startsWith(wrong.toLowerCase(Locale.ROOT) + separator)) {
                return 1; // the name's first part: "axon" for "axon-body-camera-face-matching"
            }
        }
        return distance.apply(squashedWrong, n);
    }

    /** Lower case, without the separators people write differently ({@code _ - . space}). */
    private static String squashed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-. ]", "");
    }
}
