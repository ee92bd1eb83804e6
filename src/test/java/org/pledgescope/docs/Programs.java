package org.pledgescope.docs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pledgescope.cli.Cli;

/**
 * The programs an example may run, in this JVM: {@code pledgescope} (also written {@code bin/pledgescope} or {@code
 * java -jar target/pledgescope.jar}), {@code curl} against the service the test started (its {@code localhost:8080}
 * is that service's port), {@code printf} and {@code head}. Each takes the bytes piped in and gives the bytes it
 * writes; a command's error output follows its standard output, as on a terminal.
 */
final class Programs {
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    Programs(int port) {
        this.port = port;
    }

    /** Runs a pipeline of commands, each given the output of the one before; the last one's output. */
    byte[] run(List<List<String>> pipeline) throws Exception {
        byte[] piped = new byte[0];
        for (List<String> words : pipeline) {
            piped = run(words, piped);
        }
        return piped;
    }

    private byte[] run(List<String> words, byte[] stdin) throws Exception {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an empty command");
        }
        List<String> args = new ArrayList<>(words);
        String program = args.remove(0);
        if (program.equals("java")
                && args.size() >= 2
                && args.get(0).equals("-jar")
                && args.get(1).endsWith("pledgescope.jar")) {
            args.subList(0, 2).clear();
            program = "pledgescope";
        }
        return switch (program) {
            case "pledgescope", "bin/pledgescope" -> pledgescope(args, stdin);
            case "curl" -> curl(args, stdin);
            case "printf" -> printf(args);
            case "head" -> head(args, stdin);
            default ->
                throw new IllegalArgumentException("'" + program + "' is not a program the examples' test runs "
                        + "(pledgescope, curl, printf, head); mark the block 'not-run: REASON'");
        };
    }

    /** The CLI in this JVM, with standard input, output and error in memory. */
    private static synchronized byte[] pledgescope(List<String> args, byte[] stdin) {
        if (!args.isEmpty() && args.get(0).equals("serve") || args.isEmpty()) {
            throw new IllegalArgumentException("serve does not end; mark the block not-run");
        }
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Cli.run(args.toArray(String[]::new));
            System.out.flush();
            System.err.flush();
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        out.writeBytes(err.toByteArray());
        return out.toByteArray();
    }

    /** curl's -s, -X, -H, -d / --data-binary (text, @file or @- for what is piped in) and one URL. */
    private byte[] curl(List<String> args, byte[] stdin) throws IOException, InterruptedException {
        String method = null;
        String url = null;
        byte[] body = null;
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-s", "--silent" -> {}
                case "-X", "--request" -> method = args.get(++i);
                case "-H", "--header" -> headers.add(args.get(++i));
                case "-d", "--data", "--data-binary" -> {
                    String data = args.get(++i);
                    body = data.equals("@-")
                            ? stdin
                            : data.startsWith("@")
                                    ? Files.readAllBytes(Path.of(data.substring(1)))
                                    : data.getBytes(StandardCharsets.UTF_8);
                    if (a.equals("-d") || a.equals("--data")) {
                        body = new String(body, StandardCharsets.UTF_8)
                                .replace("\r", "")
                                .replace("\n", "")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("curl option " + a + " is not one the examples' test knows");
                    }
                    url = a;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("curl without a URL");
        }
        String address = url.replaceFirst("^(https?://)?(localhost|127\\.0\\.0\\.1):8080", "http://127.0.0.1:" + port);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
        boolean form =
                body != null && headers.stream().noneMatch(h -> h.toLowerCase().startsWith("content-type:"));
        for (String header : headers) {
            int colon = header.indexOf(':');
            request.header(
                    header.substring(0, colon).strip(),
                    header.substring(colon + 1).strip());
        }
        if (form) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        String verb = method != null ? method : body != null ? "POST" : "GET";
        request.method(
                verb,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    /** printf FORMAT ARG…: %s and the escapes \n, \t, \\, the format reused until every argument is used. */
    private static byte[] printf(List<String> args) {
        String format = args.get(0)
                .replace("\\\\", "\u0000")
                .replace("\\n", "\n")
                .replace("\\t", "\t")
                .replace("\u0000", "\\");
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        StringBuilder out = new StringBuilder();
        do {
            StringBuilder once = new StringBuilder();
            String[] parts = format.split("%s", -1);
            for (int p = 0; p < parts.length; p++) {
                once.append(parts[p].replace("%%", "%"));
                if (p < parts.length - 1) {
                    once.append(rest.isEmpty() ? "" : rest.remove(0));
                }
            }
            out.append(once);
        } while (!rest.isEmpty() && format.contains("%s"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** head -N, head -n N (lines), head -c N (bytes). */
    private static byte[] head(List<String> args, byte[] stdin) {
        String flag = args.isEmpty() ? "-n" : args.get(0);
        if (flag.equals("-c")) {
            return Arrays.copyOf(stdin, Math.min(stdin.length, Integer.parseInt(args.get(1))));
        }
        int lines = flag.equals("-n")
                ? (args.size() > 1 ? Integer.parseInt(args.get(1)) : 10)
                : Integer.parseInt(flag.substring(1));
        int end = 0;
        for (int n = 0; n < lines && end < stdin.length; end++) {
            if (stdin[end] == '\n') {
                n++;
            }
        }
        return Arrays.copyOf(stdin, end);
    }
}
