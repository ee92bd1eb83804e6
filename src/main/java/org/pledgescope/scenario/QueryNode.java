package org.pledgescope.scenario;

import java.util.HashMap;
import java.util.Map;
import org.pledgescope.yaml.YamlNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario's query as the JSON tree {@code QueryBinder} validates, built from YAML mappings merged in
 * order (suite pledge, suite defaults, then the scenario's query: later wins, nested mappings merge key by
 * key). Every scalar becomes a string. Remembers the YAML line of each field path, so a binder error on
 * {@code agency.type} points at the line that set it.
 */
final class QueryNode {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode root = NODES.objectNode();
    private final Map<String, Integer> lines = new HashMap<>();
    private final Map<String, String> origins = new HashMap<>();
    private final int line;

    QueryNode(int line) {
        this.line = line;
    }

    /** Sets one top-level field from a plain value (the suite's {@code pledge}); {@code origin} names its source. */
    QueryNode put(String field, String value, int valueLine, String origin) {
        if (value != null) {
            root.put(field, value);
            lines.put(field, valueLine);
            origins.put(field, origin);
        }
        return this;
    }

    /** Merges a YAML mapping over what is there; a non-mapping is left for the caller to report. */
    QueryNode merge(YamlNode mapping, String origin) {
        if (mapping != null && mapping.isMap()) {
            merge(root, mapping, "", origin);
        }
        return this;
    }

    private void merge(ObjectNode target, YamlNode mapping, String prefix, String origin) {
        for (Map.Entry<String, YamlNode> e : mapping.entries().entrySet()) {
            String path = prefix + e.getKey();
            YamlNode value = e.getValue();
            lines.put(path, mapping.lineOf(e.getKey()));
            origins.put(path, origin);
            JsonNode existing = target.get(e.getKey());
            if (value.isMap() && existing instanceof ObjectNode nested) {
                merge(nested, value, path + ".", origin);
            } else if (value.isMap()) {
                ObjectNode nested = NODES.objectNode();
                merge(nested, value, path + ".", origin);
                target.set(e.getKey(), nested);
            } else {
                target.set(e.getKey(), json(value));
            }
        }
    }

    private static JsonNode json(YamlNode node) {
        if (node.isList()) {
            ArrayNode array = NODES.arrayNode();
            node.items().forEach(item -> array.add(json(item)));
            return array;
        }
        if (node.isMap()) {
            ObjectNode object = NODES.objectNode();
            node.entries().forEach((k, v) -> object.set(k, json(v)));
            return object;
        }
        return node.text() == null ? NODES.nullNode() : NODES.stringNode(node.text());
    }

    JsonNode json() {
        return root;
    }

    /** The line that set {@code path} (or its nearest parent), else the query's own line. */
    int lineOf(String path) {
        String set = setter(path);
        return set == null ? line : lines.get(set);
    }

    /** The origin given when {@code path} (or its nearest parent) was set, or null if the scenario's query. */
    String originOf(String path) {
        String set = setter(path);
        return set == null ? null : origins.get(set);
    }

    private String setter(String path) {
        for (String p = path; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            if (lines.containsKey(p)) {
                return p;
            }
        }
        return null;
    }
}
