package org.pledgescope.query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pledgescope.json.Streaming;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactKind;
import org.pledgescope.vocabulary.Vocabulary;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a plain query straight from its JSON text, without building a tree: the quick way for the many well-formed
 * queries of a batch. A query is plain when every property is one the vocabulary allows, every value is of its fact's
 * kind and among its values, no property repeats, and it is within the size limits. Anything else — a typo, a wrong
 * type, a value out of range, a duplicate, malformed JSON — is not read here ({@link #read} answers null), so the
 * caller parses the tree and binds it with {@link QueryBinder}, whose errors say what is wrong. For every text it
 * reads, the query is the one {@link QueryBinder} would give ({@code QueryReaderTest} checks that on random texts).
 */
public final class QueryReader {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clock clock;
    private final int maxString;
    private final int maxValues;

    /** A reader with today's date from {@code clock}, declining strings over {@code maxString}, queries over {@code maxValues} values. */
    public QueryReader(Clock clock, int maxString, int maxValues) {
        this.clock = clock;
        this.maxString = maxString;
        this.maxValues = maxValues;
    }

    /** The query, or null when the text is not a plain query (then bind its tree for the errors). */
    public Query read(String json, Vocabulary vocabulary) {
        // Read as UTF-8 bytes: Jackson's byte parser reads a query's ASCII a good deal faster than its char parser.
        try (JsonParser p = Streaming.FACTORY.createParser(json.getBytes(StandardCharsets.UTF_8))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            State s = new State();
            if (!object(p, "", vocabulary, s) || p.nextToken() != null) {
                return null;
            }
            LocalDate today =
                    s.useDate == null || s.asKnownOn == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : null;
            Map<String, Object> facts = new LinkedHashMap<>();
            if (!s.given.isEmpty()) {
                for (Fact f : vocabulary.facts()) {
                    Object v = s.given.get(f.path());
                    if (v != null) {
                        facts.put(f.path(), v);
                    }
                }
            }
            return new Query(
                    s.pledge,
                    s.useDate == null ? today : s.useDate,
                    s.asKnownOn == null ? today : s.asKnownOn,
                    facts,
                    s.assume);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** What the reading has gathered. */
    private static final class State {
        String pledge;
        LocalDate useDate;
        LocalDate asKnownOn;
        Map<String, String> assume;
        final Map<String, Object> given = new HashMap<>();
        int values = 1;
    }

    /** Reads the members of an object at {@code prefix} (its START_OBJECT read); false when it is not plain. */
    private boolean object(JsonParser p, String prefix, Vocabulary vocabulary, State s) {
        Set<String> allowed = vocabulary.childrenOf(prefix);
        Set<String> seen = new java.util.HashSet<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            if (name.length() > maxString || !allowed.contains(name) || !seen.add(name) || ++s.values > maxValues) {
                return false;
            }
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NULL) {
                continue;
            }
            String path = prefix + name;
            if (prefix.isEmpty() && name.equals("pledge")) {
                if (v != JsonToken.VALUE_STRING || (s.pledge = string(p)) == null) {
                    return false;
                }
            } else if (prefix.isEmpty() && name.equals("assume")) {
                if (v != JsonToken.START_OBJECT || !assume(p, s)) {
                    return false;
                }
            } else if (vocabulary.isObject(path)) {
                if (v != JsonToken.START_OBJECT || !object(p, path + ".", vocabulary, s)) {
                    return false;
                }
            } else {
                Object value = value(vocabulary.fact(path).orElse(null), v, p);
                if (value == null) {
                    return false;
                }
                if (path.equals(Vocabulary.USE_DATE)) {
                    s.useDate = (LocalDate) value;
                } else if (path.equals(Vocabulary.AS_KNOWN_ON)) {
                    s.asKnownOn = (LocalDate) value;
                } else {
                    s.given.put(path, value);
                }
            }
        }
        return t == JsonToken.END_OBJECT;
    }

    private boolean assume(JsonParser p, State s) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String question = p.currentName();
            if (question.length() > maxString || out.containsKey(question) || ++s.values > maxValues) {
                return false;
            }
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                return false;
            }
            String reading = string(p);
            if (reading == null) {
                return false;
            }
            out.put(question, reading);
        }
        s.assume = out;
        return t == JsonToken.END_OBJECT;
    }

    /** Each fact's values by its path, as a set looked up once per value read. */
    private final Map<String, Set<String>> values = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> valuesOf(Fact fact) {
        Set<String> ids = values.get(fact.path());
        if (ids == null) {
            ids = Set.copyOf(fact.valueIds());
            values.put(fact.path(), ids);
        }
        return ids;
    }

    private String string(JsonParser p) {
        String v = p.getString();
        return v.length() > maxString ? null : v;
    }

    /** The value of a fact, as {@link QueryBinder} reads it, or null when it is not one the fact takes. */
    private Object value(Fact fact, JsonToken t, JsonParser p) {
        if (fact == null) {
            return null;
        }
        if (fact.kind() == FactKind.BOOLEAN) {
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        String s = string(p);
        if (s == null) {
            return null;
        }
        return switch (fact.kind()) {
            case DATE -> date(s);
            case COUNTRY -> COUNTRIES.contains(s) ? s : null;
            case ENUMERATION ->
                fact.hasValue(s)
                        ? s
                        : fact.sets().containsKey(s) ? new OneOf(s, fact.sets().get(s)) : null;
            default -> s;
        };
    }

    /** A date written YYYY-MM-DD that exists, else null (any other form is left to {@link LocalDate#parse}). */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
