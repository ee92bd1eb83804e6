package org.pledgescope.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 over a plain socket, for what a well-behaved client would not send: stalls, trickles, raw headers. */
public final class RawHttp {
    private RawHttp() {}

    /** An answer: its status, its header block and its body (de-chunked), and when it came. */
    public record Answer(int status, String head, String body, long millis) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** Opens a connection and sends {@code start}: the caller sends the rest (or nothing) and reads the answer. */
    public static Socket open(int port, String start) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        send(s, start);
        return s;
    }

    public static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends {@code request} on a new connection and reads the answer. */
    public static Answer exchange(int port, String request) throws IOException {
        try (Socket s = open(port, request)) {
            return read(s, 30_000);
        }
    }

    /** Reads one answer from {@code s}, waiting at most {@code timeoutMillis} for each read. */
    public static Answer read(Socket s, int timeoutMillis) throws IOException {
        long start = System.nanoTime();
        s.setSoTimeout(timeoutMillis);
        InputStream in = s.getInputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        String text = "";
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
                text = bytes.toString(StandardCharsets.UTF_8);
                if (complete(text)) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            if (text.isEmpty()) {
                throw e;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String head = text.substring(0, split);
        String body = text.substring(split + 4);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        int status = Integer.parseInt(head.substring(9, 12));
        return new Answer(status, head, body, millis);
    }

    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = text.substring(0, split).toLowerCase(Locale.ROOT);
        String body = text.substring(split + 4);
        if (head.contains("transfer-encoding: chunked")) {
            return body.endsWith("0\r\n\r\n");
        }
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return body.getBytes(StandardCharsets.UTF_8).length
                        >= Integer.parseInt(line.substring(15).strip());
            }
        }
        return false;
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            byte[] rest = body.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
            out.append(chunk);
            at = eol + 2 + chunk.length() + 2;
        }
        return out.toString();
    }
}
