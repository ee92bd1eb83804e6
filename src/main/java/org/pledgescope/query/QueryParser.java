package org.pledgescope.query;

import java.time.Clock;
import org.pledgescope.json.Json;
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

    /** The JSON tree of a text, or an {@link InvalidQueryException} saying where it is malformed. */
    public static JsonNode tree(String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at column " + e.getLocation().getColumnNr();
            throw new InvalidQueryException("", "malformed JSON" + where + ": " + plain(e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidQueryException("", "empty input: expected a JSON query object");
        }
        return node;
    }

    /** Jackson's message without the library's own names, e.g. {@code (from `StreamReadConstraints…`)}. */
    private static String plain(String message) {
        return message == null
                ? ""
                : message.replaceAll(",?\\s*from `[^`]*`", "")
                        .replaceAll("`[^`]*`", "a setting")
                        .replaceAll("\\s*\\(?(?:use |set |enable )[^)]*(?:Feature|Constraints)[^)]*\\)?", "");
    }

    public QueryBinder binder() {
        return binder;
    }
}
