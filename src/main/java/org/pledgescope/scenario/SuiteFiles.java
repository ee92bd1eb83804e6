package org.pledgescope.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pledgescope.diagnostics.Problems;

/** The suite files named on the command line: a file as given, a directory searched for {@code *.yaml}. */
final class SuiteFiles {
    private SuiteFiles() {}

    static List<Path> find(List<Path> paths, Problems problems) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                out.add(path);
            } else if (Files.isDirectory(path)) {
                List<Path> found = yamlUnder(path);
                if (found.isEmpty()) {
                    problems.add(path.toString(), 0, "no *.yaml suite found under this directory");
                }
                out.addAll(found);
            } else {
                problems.add(path.toString(), 0, "no such suite file or directory");
            }
        }
        return out.stream().distinct().toList();
    }

    private static List<Path> yamlUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
