package org.pledgescope.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgescope.vocabulary.Vocabulary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One coverage question: does the pledge (or every loaded pledge, when {@code pledge} is null) cover
 * this use? Dates are always filled (defaults applied by {@link QueryBinder}). {@code facts} holds the
 * facts the caller gave, by vocabulary path ({@code agency.type}), in vocabulary order: a {@code String} for an
 * enumeration value, a country code or a text, a {@link LocalDate}, a {@code Boolean}, or a {@link OneOf} for a
 * value set; a fact not there is unknown.
 */
@JsonSerialize(using = Query.Writer.class)
public record Query(
        String pledge, LocalDate useDate, LocalDate asKnownOn, Map<String, Object> facts, Map<String, String> assume) {

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

    /**
     * The query as JSON: {@code pledge}, the two dates, every fact nested by its path (in vocabulary order, so a
     * dotted path's objects are written together), {@code assume}. Written straight to the generator: a
     * decision carries its query, and decisions are written many thousand times a second.
     */
    static final class Writer extends ValueSerializer<Query> {
        @Override
        public void serialize(Query q, JsonGenerator gen, SerializationContext ctxt) {
            write(q, gen);
        }
    }

    private static final Map<String, String[]> PARTS = new ConcurrentHashMap<>();

    /** Writes {@code q} as JSON (see {@link Writer}). */
    public static void write(Query q, JsonGenerator gen) {
        gen.writeStartObject();
        if (q.pledge() != null) {
            gen.writeStringProperty("pledge", q.pledge());
        }
        gen.writeStringProperty(Vocabulary.USE_DATE, q.useDate().toString());
        gen.writeStringProperty(Vocabulary.AS_KNOWN_ON, q.asKnownOn().toString());
        String[] open = new String[0];
        for (Map.Entry<String, Object> fact : q.facts().entrySet()) {
            String[] parts = PARTS.computeIfAbsent(fact.getKey(), k -> k.split("\\."));
            int same = 0;
            while (same < open.length && same < parts.length - 1 && open[same].equals(parts[same])) {
                same++;
            }
            for (int i = open.length; i > same; i--) {
                gen.writeEndObject();
            }
            for (int i = same; i < parts.length - 1; i++) {
                gen.writeName(parts[i]);
                gen.writeStartObject();
            }
            open = Arrays.copyOf(parts, parts.length - 1);
            gen.writeName(parts[parts.length - 1]);
            Object v = fact.getValue();
            if (v instanceof Boolean b) {
                gen.writeBoolean(b);
            } else {
                gen.writeString(v instanceof OneOf o ? o.set() : v.toString());
            }
        }
        for (int i = 0; i < open.length; i++) {
            gen.writeEndObject();
        }
        gen.writeName("assume");
        gen.writeStartObject();
        for (Map.Entry<String, String> a : q.assume().entrySet()) {
            gen.writeStringProperty(a.getKey(), a.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
