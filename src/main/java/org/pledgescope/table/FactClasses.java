package org.pledgescope.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes of one fact for one pack: a partition of the fact's values that the pack's rules cannot see inside.
 * Every value of a class makes every rule of the pack match alike, so one representative value answers for all.
 *
 * <ul>
 *   <li>{@link Kind#VALUES} (an enumeration or a boolean): each class is a list of values;</li>
 *   <li>{@link Kind#COUNTRY}: each class lists the countries the rules name in it; one class, {@link #otherClass()},
 *       also holds every country no rule names (its representative is {@code ZZ});</li>
 *   <li>{@link Kind#DATE}: sorted cuts split the days; class {@code i} runs from cut {@code i-1} (inclusive) to cut
 *       {@code i} (exclusive). Its representative is its first day (for class 0, the day before the first cut).</li>
 * </ul>
 */
public final class FactClasses {
    /** The code rules see for a country none of them names. */
    public static final String OTHER_COUNTRY = "ZZ";

    /** How a fact's values are split. */
    public enum Kind {
        VALUES,
        COUNTRY,
        DATE
    }

    private final String path;
    private final Kind kind;
    private final List<List<String>> members;
    private final Map<String, Integer> classOf;
    private final int other;
    private final List<LocalDate> cuts;
    private final boolean booleans;

    private FactClasses(
            String path, Kind kind, List<List<String>> members, int other, List<LocalDate> cuts, boolean booleans) {
        this.path = path;
        this.kind = kind;
        List<List<String>> m = new ArrayList<>();
        members.forEach(x -> m.add(List.copyOf(x)));
        this.members = Collections.unmodifiableList(m);
        this.other = other;
        this.cuts = List.copyOf(cuts);
        this.booleans = booleans;
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < this.members.size(); c++) {
            for (String v : this.members.get(c)) {
                index.put(v, c);
            }
        }
        this.classOf = index;
    }

    /** The classes of an enumeration ({@code booleans}: its values are true and false). */
    public static FactClasses values(String path, List<List<String>> classes, boolean booleans) {
        return new FactClasses(path, Kind.VALUES, classes, -1, List.of(), booleans);
    }

    /** The classes of a country fact: each lists the named countries in it; {@code other} also holds the rest. */
    public static FactClasses countries(String path, List<List<String>> classes, int other) {
        return new FactClasses(path, Kind.COUNTRY, classes, other, List.of(), false);
    }

    /** The classes of a date fact, split at {@code cuts} (sorted, distinct). */
    public static FactClasses dates(String path, List<LocalDate> cuts) {
        return new FactClasses(path, Kind.DATE, List.of(), -1, cuts, false);
    }

    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** How many classes. */
    public int size() {
        return kind == Kind.DATE ? cuts.size() + 1 : members.size();
    }

    /** The values of each class (empty lists for a date fact); for a country, the named ones. */
    public List<List<String>> members() {
        return members;
    }

    /** For a country fact, the class of every country no rule names; -1 otherwise. */
    public int otherClass() {
        return other;
    }

    /** For a date fact, the days that split it. */
    public List<LocalDate> cuts() {
        return cuts;
    }

    /** Whether the fact is a boolean (its values are {@link Boolean}s to the rules). */
    public boolean booleans() {
        return booleans;
    }

    /** The class of a value (a String, Boolean or LocalDate as a query holds it), or -1 when it is none of the fact's. */
    public int classOf(Object value) {
        if (value == null) {
            return -1;
        }
        switch (kind) {
            case DATE -> {
                if (!(value instanceof LocalDate d)) {
                    return -1;
                }
                int lo = 0;
                int hi = cuts.size();
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (cuts.get(mid).isAfter(d)) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                return lo;
            }
            case COUNTRY -> {
                Integer c = classOf.get(String.valueOf(value));
                return c != null ? c : other;
            }
            default -> {
                Integer c = classOf.get(String.valueOf(value));
                return c == null ? -1 : c;
            }
        }
    }

    /** The value the rules see for class {@code c}. */
    public Object representative(int c) {
        switch (kind) {
            case DATE -> {
                if (cuts.isEmpty()) {
                    return LocalDate.of(2000, 1, 1);
                }
                return c == 0 ? cuts.get(0).minusDays(1) : cuts.get(c - 1);
            }
            case COUNTRY -> {
                return c == other ? OTHER_COUNTRY : members.get(c).get(0);
            }
            default -> {
                String v = members.get(c).get(0);
                return booleans ? Boolean.valueOf(v) : v;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactClasses f
                && f.path.equals(path)
                && f.kind == kind
                && f.members.equals(members)
                && f.other == other
                && f.cuts.equals(cuts)
                && f.booleans == booleans;
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + members.hashCode() + cuts.hashCode();
    }

    @Override
    public String toString() {
        return path + (kind == Kind.DATE ? " cut at " + cuts : " " + members + (other >= 0 ? " other=" + other : ""));
    }
}
