package org.pledgescope.api.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pledgescope.json.Json;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.vocabulary.FactKind;
import org.pledgescope.vocabulary.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A query given as URL parameters named by fact path ({@code agency.type=SHERIFF}, {@code assume.QUESTION=READING},
 * {@code pledge}, {@code useDate}, {@code asKnownOn}), turned into the JSON object a POST would carry, so that one binder
 * checks both and a mistake gets the same error. A value is a string, or {@code true}/{@code false} for a boolean fact.
 */
final class QueryParameters {
    private static final String ASSUME = "assume.";

    private QueryParameters() {}

    static JsonNode toTree(Map<String, String[]> parameters, Vocabulary vocabulary) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            String name = p.getKey();
            if (p.getValue().length != 1) {
                errors.add(new FieldError(name, "is given " + p.getValue().length + " times; give each fact once"));
                continue;
            }
            String value = p.getValue()[0];
            if (name.startsWith(ASSUME) && name.length() > ASSUME.length()) {
                JsonNode assume = root.get("assume");
                if (assume != null && !assume.isObject()) {
                    errors.add(new FieldError("assume", "is given both as a value and as assume.QUESTION"));
                    continue;
                }
                ObjectNode readings = assume == null ? root.putObject("assume") : (ObjectNode) assume;
                readings.put(name.substring(ASSUME.length()), value);
                continue;
            }
            put(root, name, value, vocabulary, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return root;
    }

    /** Puts {@code value} at the dotted path {@code name}, making the objects on the way. */
    private static void put(
            ObjectNode root, String name, String value, Vocabulary vocabulary, List<FieldError> errors) {
        String[] parts = name.split("\\.", -1);
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (next == null) {
                at = at.putObject(parts[i]);
            } else if (next.isObject()) {
                at = (ObjectNode) next;
            } else {
                errors.add(new FieldError(
                        String.join(".", java.util.Arrays.copyOf(parts, i + 1)),
                        "is given both as a value and as an object (" + name + ")"));
                return;
            }
        }
        String last = parts[parts.length - 1];
        if (at.get(last) != null) {
            errors.add(new FieldError(name, "is given both as a value and as an object"));
            return;
        }
        boolean bool =
                vocabulary.fact(name).map(f -> f.kind() == FactKind.BOOLEAN).orElse(false);
        if (bool && (value.equals("true") || value.equals("false"))) {
            at.put(last, Boolean.parseBoolean(value));
        } else {
            at.put(last, value);
        }
    }
}
