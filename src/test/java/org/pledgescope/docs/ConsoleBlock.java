package org.pledgescope.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ```console} block of a Markdown file: its commands ({@code $ …}, continued on the next line after a
 * trailing {@code \} or {@code |}), each with the output shown under it. The info string may say {@code not-run:
 * REASON} for an example that cannot run in a test (the list of them stays short).
 */
record ConsoleBlock(Path file, int line, String notRun, List<Step> steps) {
    static final String NOT_RUN = "not-run:";

    /** One command and the output the document shows for it. */
    record Step(int line, String command, List<String> output) {}

    /** Where the block starts, as a failure names it. */
    String where() {
        return file + ":" + line;
    }

    /**
     * The lines of {@code file} where a fenced block other than {@code console} starts with a {@code $ } command: an
     * example with its output written so would never be run.
     */
    static List<Integer> unrunCommands(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            if (!fence.startsWith("```console")
                    && i + 1 < end
                    && lines.get(i + 1).startsWith("$ ")) {
                found.add(i + 1);
            }
            i = end;
        }
        return found;
    }

    /** Every console block of {@code file}, in order. */
    static List<ConsoleBlock> of(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<ConsoleBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```console")) {
                continue;
            }
            String info = fence.substring("```console".length()).strip();
            String notRun =
                    info.startsWith(NOT_RUN) ? info.substring(NOT_RUN.length()).strip() : null;
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            blocks.add(new ConsoleBlock(file, i + 1, notRun, steps(lines.subList(start, end), start + 1)));
            i = end;
        }
        return blocks;
    }

    private static List<Step> steps(List<String> body, int firstLine) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            if (!body.get(i).startsWith("$ ")) {
                throw new IllegalArgumentException("line " + (firstLine + i) + ": output before any '$ ' command");
            }
            int line = firstLine + i;
            StringBuilder command = new StringBuilder(body.get(i).substring(2));
            while (continues(command) && i + 1 < body.size()) {
                i++;
                command.append('\n').append(body.get(i));
            }
            i++;
            List<String> output = new ArrayList<>();
            while (i < body.size() && !body.get(i).startsWith("$ ")) {
                output.add(body.get(i));
                i++;
            }
            steps.add(new Step(line, command.toString(), List.copyOf(output)));
        }
        return steps;
    }

    private static boolean continues(CharSequence command) {
        String s = command.toString().stripTrailing();
        return s.endsWith("\\") || s.endsWith("|");
    }
}
