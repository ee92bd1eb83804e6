package org.pledgescope.query;

import java.time.Clock;
import org.pledgescope.json.Json;
import org.pledgescope.json.JsonErrors;
import org.pledgescope.text.InvalidUtf8Exception;
import org.pledgescope.text.Utf8;
import org.pledgescope.vocabulary.Vocabulary;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Parses one query's JSON text: malformed JSON and invalid fields both become {@link InvalidQueryException}. */
public final class QueryParser {
    private final QueryBinder binder;

    public QueryParser(Clock clock) {
        this.binder = new QueryBinder(clock);
    }

    public Query parse(String json, Vocabulary vocabulary) {
        return binder.bind(tree(json), vocabulary);
    }

    /** The JSON tree of a text, or an {@link InvalidQueryException} saying where it is malformed and how. */
    public static JsonNode tree(String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            String duplicate = JsonErrors.duplicateKey(e);
            throw new InvalidQueryException(
                    duplicate == null ? "" : duplicate, "malformed JSON " + JsonErrors.describe(e));
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidQueryException("", "empty input: expected a JSON query object");
        }
        return node;
    }

    /** The JSON tree of a body's bytes, which must be UTF-8: a byte that is not is refused, naming it and where. */
    public static JsonNode tree(byte[] json) {
        return tree(text(json));
    }

    /** The text of a body's bytes as UTF-8; an {@link InvalidQueryException} names a byte that is not. */
    public static String text(byte[] bytes) {
        try {
            return Utf8.decode(bytes);
        } catch (InvalidUtf8Exception e) {
            throw new InvalidQueryException("", e.getMessage());
        }
    }

    public QueryBinder binder() {
        return binder;
    }
}
