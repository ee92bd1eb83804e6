package org.pledgescope.query;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * One coverage question: does the pledge (or every loaded pledge, when {@code pledge} is null) cover
 * this use? Dates are always filled (defaults applied by {@link QueryBinder}). {@code facts} holds the
 * facts the caller gave, by vocabulary path ({@code agency.type}), in vocabulary order: a {@code String} for an
 * enumeration value, a country code or a text, a {@link LocalDate}, a {@code Boolean}, or a {@link OneOf} for a
 * value set; a fact not there is unknown.
 */
public record Query(String pledge, LocalDate useDate, LocalDate asKnownOn, Map<String, Object> facts,
                    Map<String, String> assume) {

    public Query {
        Objects.requireNonNull(useDate, "useDate");
        Objects.requireNonNull(asKnownOn, "asKnownOn");
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        assume = assume == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(assume));
    }

    /** The value the caller gave for {@code path}, or null when it is unknown. */
    public Object fact(String path) {
        return facts.get(path);
    }

    /** The same query about one pledge. */
    public Query forPledge(String id) {
        return new Query(id, useDate, asKnownOn, facts, assume);
    }

    /** The query as JSON: {@code pledge}, the two dates, every fact nested by its path, {@code assume}. */
    @JsonValue
    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (pledge != null) {
            out.put("pledge", pledge);
        }
        out.put(Vocabulary.USE_DATE, useDate.toString());
        out.put(Vocabulary.AS_KNOWN_ON, asKnownOn.toString());
        facts.forEach((path, value) -> put(out, path, value instanceof OneOf o ? o.set() : value instanceof LocalDate d
                ? d.toString() : value));
        out.put("assume", assume);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> into, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            into.put(path, value);
            return;
        }
        Object child = into.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<String, Object>());
        put((Map<String, Object>) child, path.substring(dot + 1), value);
    }
}
