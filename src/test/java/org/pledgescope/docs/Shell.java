package org.pledgescope.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell words of an example's command line: single quotes, double quotes (with {@code \"} and {@code \\}), a
 * backslash before a newline joining lines, and {@code |} between the commands of a pipeline. Nothing else of a
 * shell (no variables, no redirections): an example needing more is marked not run.
 */
final class Shell {
    private Shell() {}

    /** The pipeline's commands, each as its words. */
    static List<List<String>> pipeline(String line) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                word = (word == null ? new StringBuilder() : word).append(line, i + 1, close);
                i = close;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        d = line.charAt(++i);
                    }
                    word.append(d);
                }
                if (i >= line.length()) {
                    throw new IllegalArgumentException("unclosed \" in: " + line);
                }
            } else if (c == '|') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                commands.add(List.copyOf(words));
                words.clear();
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ("<>;&$`".indexOf(c) >= 0) {
                throw new IllegalArgumentException(
                        "'" + c + "' is more shell than an example may use (mark the block not-run): " + line);
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        commands.add(List.copyOf(words));
        return commands;
    }
}
