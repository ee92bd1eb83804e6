package org.pledgescope.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.query.Activity;
import org.pledgescope.query.AgencyType;
import org.pledgescope.query.Capability;
import org.pledgescope.query.Purpose;
import org.pledgescope.query.Query;

/**
 * Every world of facts a query allows. A known fact has one value; an omitted enum field takes every value;
 * an omitted country is "US" and "not US"; an omitted contract date is one day before the pledge's first
 * statement and that day itself.
 */
final class FactWorlds {
    static final String NOT_US = "ZZ";

    private FactWorlds() {
    }

    /** One world: the facts the rules see, and the label of each unknown's tried value. */
    record World(Use use, Map<String, String> unknowns) {
    }

    /** The number of worlds the query spans, without building them. */
    static long count(Query q) {
        long n = 1;
        for (Dimension<?> d : dimensions(q, LocalDate.EPOCH)) {
            n *= d.values().size();
        }
        return n;
    }

    /** The omitted fields of a query, in the order missing facts are reported. */
    static List<String> unknownFields(Query q) {
        return dimensions(q, LocalDate.EPOCH).stream().filter(Dimension::unknown).map(Dimension::field).toList();
    }

    static List<World> enumerate(Query q, LocalDate announced) {
        List<Dimension<?>> dims = dimensions(q, announced);
        List<World> out = new ArrayList<>();
        int[] idx = new int[dims.size()];
        while (true) {
            Map<String, String> unknowns = new LinkedHashMap<>();
            Object[] v = new Object[dims.size()];
            for (int d = 0; d < dims.size(); d++) {
                Dimension<?> dim = dims.get(d);
                v[d] = dim.values().get(idx[d]);
                if (dim.unknown()) {
                    unknowns.put(dim.field(), dim.labels().get(idx[d]));
                }
            }
            out.add(new World(new Use((AgencyType) v[0], (String) v[1], (Activity) v[2], (Capability) v[3],
                    (Purpose) v[4], (LocalDate) v[5], q.useDate()), unknowns));
            int d = dims.size() - 1;
            while (d >= 0 && ++idx[d] == dims.get(d).values().size()) {
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return out;
            }
        }
    }

    private record Dimension<T>(String field, boolean unknown, List<T> values, List<String> labels) {
        /** A known fact: one value, and no label (labels name the values tried for unknown facts). */
        static <T> Dimension<T> known(String field, T value) {
            return new Dimension<>(field, false, Collections.singletonList(value), List.of());
        }

        static <E extends Enum<E>> Dimension<E> of(String field, E value, Class<E> type) {
            if (value != null) {
                return known(field, value);
            }
            List<E> all = List.of(type.getEnumConstants());
            return new Dimension<>(field, true, all, all.stream().map(Enum::name).toList());
        }
    }

    private static List<Dimension<?>> dimensions(Query q, LocalDate announced) {
        String country = q.agency().country();
        LocalDate signed = q.contract().signedOn();
        return List.of(
                Dimension.of("agency.type", q.agency().type(), AgencyType.class),
                country != null ? Dimension.known("agency.country", country)
                        : new Dimension<>("agency.country", true, List.of("US", NOT_US), List.of("US", "not US")),
                Dimension.of("activity", q.activity(), Activity.class),
                Dimension.of("capability", q.capability(), Capability.class),
                Dimension.of("purpose", q.purpose(), Purpose.class),
                signed != null ? Dimension.known("contract.signedOn", signed)
                        : new Dimension<>("contract.signedOn", true, List.of(announced.minusDays(1), announced),
                        List.of("before " + announced, "on or after " + announced)));
    }
}
