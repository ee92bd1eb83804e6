package org.pledgescope.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgescope.diagnostics.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
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

    /**
     * Parses a document; a syntax error becomes a problem at the line and column of the mistake, saying what to do
     * ({@link YamlSyntaxError}).
     */
    public static YamlNode parse(String file, String text, Problems problems) {
        try {
            Optional<Node> root =
                    new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text);
            if (root.isEmpty()) {
                problems.add(file, 1, "the file is empty");
                return null;
            }
            return new YamlNode(root.get(), file);
        } catch (MarkedYamlEngineException e) {
            YamlSyntaxError error = YamlSyntaxError.of(e, text);
            problems.add(
                    file,
                    error.line(),
                    "invalid YAML" + (error.column() > 0 ? " at column " + error.column() : "") + ": "
                            + error.message());
            return null;
        } catch (YamlEngineException e) {
            problems.add(file, 0, "invalid YAML: " + e.getMessage());
            return null;
        }
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
