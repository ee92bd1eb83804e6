package org.pledgescope.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON tree (from the API, the CLI or a scenario's YAML) into a {@link Query}, collecting every
 * problem with its field path. Unknown properties are errors: a typo must never become an unknown fact.
 * Dates left out default to today in UTC.
 */
public final class QueryBinder {
    private static final Set<String> QUERY_FIELDS = Set.of("pledge", "useDate", "asKnownOn", "agency", "activity",
            "capability", "purpose", "contract", "assume");
    private static final Set<String> AGENCY_FIELDS = Set.of("name", "type", "country");
    private static final Set<String> CONTRACT_FIELDS = Set.of("signedOn");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clock clock;

    public QueryBinder(Clock clock) {
        this.clock = clock;
    }

    /** Binds a query or throws {@link InvalidQueryException} listing every problem. */
    public Query bind(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        Query query = bind(node, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return query;
    }

    private Query bind(JsonNode node, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("", "a query must be a JSON object"));
            return null;
        }
        Fields root = new Fields(node, "", QUERY_FIELDS, errors);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
        String pledge = root.string("pledge");
        LocalDate useDate = root.date("useDate");
        LocalDate asKnownOn = root.date("asKnownOn");
        Agency agency = null;
        JsonNode agencyNode = root.object("agency");
        if (agencyNode != null) {
            Fields a = new Fields(agencyNode, "agency.", AGENCY_FIELDS, errors);
            String country = a.string("country");
            if (country != null && !COUNTRIES.contains(country)) {
                errors.add(new FieldError("agency.country",
                        "'" + country + "' is not an ISO 3166-1 alpha-2 country code (e.g. US, GB, DE)"));
            }
            agency = new Agency(a.string("name"), a.enumValue("type", AgencyType.class), country);
        }
        Contract contract = null;
        JsonNode contractNode = root.object("contract");
        if (contractNode != null) {
            contract = new Contract(new Fields(contractNode, "contract.", CONTRACT_FIELDS, errors).date("signedOn"));
        }
        Map<String, String> assume = new LinkedHashMap<>();
        JsonNode assumeNode = root.object("assume");
        if (assumeNode != null) {
            for (Map.Entry<String, JsonNode> e : assumeNode.properties()) {
                JsonNode v = e.getValue();
                if (v.isString()) {
                    assume.put(e.getKey(), v.stringValue());
                } else {
                    errors.add(new FieldError("assume." + e.getKey(), "must be a reading id (a string)"));
                }
            }
        }
        Activity activity = root.enumValue("activity", Activity.class);
        Capability capability = root.enumValue("capability", Capability.class);
        Purpose purpose = root.enumValue("purpose", Purpose.class);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Query(pledge, useDate == null ? today : useDate, asKnownOn == null ? today : asKnownOn,
                agency, activity, capability, purpose, contract, assume);
    }

    /** The allowed values of an enum, as listed in error messages. */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.toString(type.getEnumConstants());
    }

    /** Typed access to one JSON object's fields, reporting problems under a path prefix. */
    private static final class Fields {
        private final JsonNode node;
        private final String prefix;
        private final List<FieldError> errors;

        Fields(JsonNode node, String prefix, Set<String> known, List<FieldError> errors) {
            this.node = node;
            this.prefix = prefix;
            this.errors = errors;
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    errors.add(new FieldError(prefix + name,
                            "unknown property; allowed: " + known.stream().sorted().toList()));
                }
            }
        }

        private JsonNode present(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v;
        }

        String string(String name) {
            JsonNode v = present(name);
            if (v == null) {
                return null;
            }
            if (!v.isString()) {
                errors.add(new FieldError(prefix + name, "must be a string"));
                return null;
            }
            return v.stringValue();
        }

        JsonNode object(String name) {
            JsonNode v = present(name);
            if (v != null && !v.isObject()) {
                errors.add(new FieldError(prefix + name, "must be an object"));
                return null;
            }
            return v;
        }

        LocalDate date(String name) {
            String s = string(name);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(prefix + name, "'" + s + "' is not an ISO date (YYYY-MM-DD)"));
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String s = string(name);
            if (s == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            errors.add(new FieldError(prefix + name, "'" + s + "' is not one of " + allowed(type)));
            return null;
        }
    }

}
