package org.pledgescope.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pledgescope.diagnostics.DateText;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON tree (from the API, the CLI or a scenario's YAML) into a {@link Query}, checking every fact
 * against the vocabulary and collecting every problem with its field path. Unknown properties are errors: a
 * typo must never become an unknown fact. Dates left out default to today in UTC.
 */
public final class QueryBinder {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clock clock;

    public QueryBinder(Clock clock) {
        this.clock = clock;
    }

    /** Binds a query or throws {@link InvalidQueryException} listing every problem. */
    public Query bind(JsonNode node, Vocabulary vocabulary) {
        List<FieldError> errors = new ArrayList<>();
        Query query = bind(node, vocabulary, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return query;
    }

    private Query bind(JsonNode node, Vocabulary vocabulary, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("", "a query must be a JSON object"));
            return null;
        }
        Map<String, Object> given = new LinkedHashMap<>();
        walk(node, "", vocabulary, given, errors);
        String pledge = null;
        JsonNode p = node.get("pledge");
        if (p != null && !p.isNull()) {
            if (p.isString()) {
                pledge = p.stringValue();
            } else {
                errors.add(new FieldError("pledge", "must be a string"));
            }
        }
        Map<String, String> assume = assume(node.get("assume"), errors);
        if (!errors.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate useDate = (LocalDate) given.remove(Vocabulary.USE_DATE);
        LocalDate asKnownOn = (LocalDate) given.remove(Vocabulary.AS_KNOWN_ON);
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Fact f : vocabulary.facts()) {
            if (given.containsKey(f.path())) {
                facts.put(f.path(), given.get(f.path()));
            }
        }
        return new Query(
                pledge, useDate == null ? today : useDate, asKnownOn == null ? today : asKnownOn, facts, assume);
    }

    private void walk(
            JsonNode object, String prefix, Vocabulary vocabulary, Map<String, Object> out, List<FieldError> errors) {
        Set<String> allowed = vocabulary.childrenOf(prefix);
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String name = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (!allowed.contains(e.getKey())) {
                errors.add(new FieldError(name, "unknown property; allowed: " + allowed));
            } else if (prefix.isEmpty() && Vocabulary.QUERY_KEYS.contains(e.getKey()) || v.isNull()) {
                continue;
            } else if (vocabulary.isObject(name)) {
                if (v.isObject()) {
                    walk(v, name + ".", vocabulary, out, errors);
                } else {
                    errors.add(new FieldError(name, "must be an object"));
                }
            } else {
                Object value = value(vocabulary.fact(name).orElseThrow(), v, vocabulary, errors);
                if (value != null) {
                    out.put(name, value);
                }
            }
        }
    }

    private static Object value(Fact fact, JsonNode v, Vocabulary vocabulary, List<FieldError> errors) {
        String field = fact.path();
        if (fact.kind() == org.pledgescope.vocabulary.FactKind.BOOLEAN) {
            if (v.isBoolean()) {
                return v.booleanValue();
            }
            errors.add(new FieldError(field, "must be true or false"));
            return null;
        }
        if (!v.isString()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String s = v.stringValue();
        switch (fact.kind()) {
            case DATE -> {
                LocalDate day = DateText.parse(s);
                if (day == null) {
                    errors.add(new FieldError(field, DateText.problem(s)));
                }
                return day;
            }
            case COUNTRY -> {
                if (COUNTRIES.contains(s)) {
                    return s;
                }
                errors.add(new FieldError(
                        field, "'" + s + "' is not an ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)"));
                return null;
            }
            case ENUMERATION -> {
                if (fact.hasValue(s)) {
                    return s;
                }
                if (fact.sets().containsKey(s)) {
                    return new OneOf(s, fact.sets().get(s));
                }
                errors.add(new FieldError(field, "'" + s + "' is not one of " + fact.allowed() + fact.suggest(s)));
                return null;
            }
            default -> {
                return s;
            }
        }
    }

    private static Map<String, String> assume(JsonNode node, List<FieldError> errors) {
        Map<String, String> assume = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return assume;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("assume", "must be an object"));
            return assume;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isString()) {
                assume.put(e.getKey(), e.getValue().stringValue());
            } else {
                errors.add(new FieldError("assume." + e.getKey(), "must be a reading id (a string)"));
            }
        }
        return assume;
    }
}
