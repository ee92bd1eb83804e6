package org.pledgescope.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import tools.jackson.databind.JsonNode;

/**
 * Sizes a query may have, checked on its JSON tree before it is bound, so that no field of a request grows what
 * the service keeps, logs or answers: an NDJSON line of at most {@code maxLine} characters, strings (values and
 * property names) of at most {@code maxString} characters, at most {@code maxValues} JSON values in one query.
 */
public record InputLimits(int maxLine, int maxString, int maxValues) {
    public static final InputLimits DEFAULT = new InputLimits(64 * 1024, 1_000, 500);

    public InputLimits {
        if (maxLine < 1 || maxString < 1 || maxValues < 1) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }

    /** The tree, if it is within the limits; else an {@link InvalidQueryException} naming each field at fault. */
    public JsonNode check(JsonNode query) {
        List<FieldError> errors = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry("", query));
        int values = 0;
        while (!todo.isEmpty() && errors.size() < ErrorCap.MAX) {
            Map.Entry<String, JsonNode> next = todo.pop();
            String path = next.getKey();
            JsonNode node = next.getValue();
            if (++values > maxValues) {
                errors.add(
                        new FieldError("", "a query holds at most " + maxValues + " JSON values; this one has more"));
                break;
            }
            if (node.isString() && node.stringValue().length() > maxString) {
                errors.add(new FieldError(
                        path,
                        "longer than the limit of " + maxString + " characters ("
                                + node.stringValue().length() + ")"));
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    if (e.getKey().length() > maxString) {
                        errors.add(new FieldError(
                                path,
                                "a property name is longer than the limit of " + maxString + " characters ("
                                        + e.getKey().length() + ")"));
                    } else {
                        todo.push(Map.entry(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue()));
                    }
                }
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    todo.push(Map.entry(path + "[" + i + "]", node.get(i)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return query;
    }
}
