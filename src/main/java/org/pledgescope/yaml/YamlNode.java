package org.pledgescope.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pledgescope.diagnostics.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A YAML node that remembers its file and line, so every error can point at the text. */
public final class YamlNode {
    private final Node node;
    private final String file;

    private YamlNode(Node node, String file) {
        this.node = node;
        this.file = file;
    }

    /** How deep mappings and lists may nest in a file (the pack files nest five levels at most). */
    static final int MAX_DEPTH = 64;

    /**
     * Parses a document; a syntax error becomes a problem at the line and column of the mistake, saying what to do
     * ({@link YamlSyntaxError}), and so does a key
     * given twice in one mapping (YAML forbids it; the parser would keep the last silently) and nesting deeper than
     * {@link #MAX_DEPTH} (the composer is recursive, so a thousand levels would overflow its stack).
     */
    public static YamlNode parse(String file, String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).build();
        try {
            if (!shallow(file, text, settings, problems)) {
                return null;
            }
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.add(file, 1, "the file is empty");
                return null;
            }
            return duplicateKeys(file, root.get(), problems) ? null : new YamlNode(root.get(), file);
        } catch (MarkedYamlEngineException e) {
            YamlSyntaxError error = YamlSyntaxError.of(e, text);
            problems.add(
                    file,
                    error.line(),
                    "invalid YAML" + (error.column() > 0 ? " at column " + error.column() : "") + ": "
                            + error.message());
            return null;
        } catch (ReaderException e) {
            problems.add(
                    file,
                    lineAt(text, e.getPosition()),
                    "invalid YAML: the character U+" + String.format(Locale.ROOT, "%04X", e.getCodePoint())
                            + " (a control character) is not allowed in YAML");
            return null;
        } catch (YamlEngineException e) {
            problems.add(file, 0, "invalid YAML: " + e.getMessage());
            return null;
        }
    }

    /** Whether no mapping or list nests deeper than {@link #MAX_DEPTH}; read from the parser's events, unnested. */
    private static boolean shallow(String file, String text, LoadSettings settings, Problems problems) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    problems.add(
                            file,
                            event.getStartMark().map(m -> m.getLine() + 1).orElse(0),
                            "mappings and lists nest more than " + MAX_DEPTH + " levels deep here; refused");
                    return false;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return true;
    }

    /** Reports every key given twice in one mapping, at its second line; true if there was one. */
    private static boolean duplicateKeys(String file, Node root, Problems problems) {
        boolean found = false;
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof MappingNode m) {
                Map<String, Integer> seen = new HashMap<>();
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k) {
                        int line = k.getStartMark().map(Mark::getLine).orElse(-1) + 1;
                        Integer first = seen.putIfAbsent(k.getValue(), line);
                        if (first != null) {
                            problems.add(
                                    file,
                                    line,
                                    "duplicate key '" + k.getValue() + "' (first at line " + first
                                            + "): a key may appear once in a mapping");
                            found = true;
                        }
                    }
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            } else if (node instanceof SequenceNode s) {
                s.getValue().forEach(todo::push);
            }
        }
        return found;
    }

    private static int lineAt(String text, int codePoints) {
        int line = 1;
        int i = 0;
        for (int n = 0; n < codePoints && i < text.length(); n++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** A scalar's text (YAML's {@code null}/{@code ~} and empty values count as absent: null). */
    public String text() {
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            boolean plain = s.isPlain();
            if (plain && (v.isEmpty() || v.equals("null") || v.equals("~") || v.equals("Null") || v.equals("NULL"))) {
                return null;
            }
            return v;
        }
        return null;
    }

    public List<YamlNode> items() {
        List<YamlNode> out = new ArrayList<>();
        if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                out.add(new YamlNode(n, file));
            }
        }
        return out;
    }

    /** A mapping's entries in file order; keys are scalar texts. */
    public Map<String, YamlNode> entries() {
        Map<String, YamlNode> out = new LinkedHashMap<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t.getKeyNode());
                out.put(key, new YamlNode(t.getValueNode(), file));
            }
        }
        return out;
    }

    /** Line of a key inside this mapping (the key's own line), or this node's line. */
    public int lineOf(String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getKeyNode().getStartMark().map(Mark::getLine).orElse(-1) + 1;
                }
            }
        }
        return line();
    }

    public String kind() {
        return isMap() ? "a mapping" : isList() ? "a list" : "a scalar";
    }
}
