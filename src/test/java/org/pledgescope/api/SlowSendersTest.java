package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 250 clients that send their headers and then the body one byte at a time hold connections, not the threads
 * that answer everyone else: a normal query is still answered within 100 ms, and a body that has not arrived
 * within the body timeout is answered 408.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.prometheus.metrics.export.enabled=true", "pledgescope.body-timeout=5s"})
class SlowSendersTest {
    private static final int SLOW = 250;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private long timedQueryMillis() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/coverage"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ApiTest.example()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Socket slowSender() throws Exception {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/coverage HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    @Test
    void aNormalQueryIsAnsweredWithin100msWhile250SlowSendersAreConnected() throws Exception {
        for (int i = 0; i < 5; i++) {
            timedQueryMillis(); // warm up
        }
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW; i++) {
                slow.add(slowSender());
            }
            Thread.sleep(300);
            for (Socket s : slow) {
                s.getOutputStream().write(' '); // one more byte each: still far from complete
            }
            long[] millis = new long[9];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = timedQueryMillis();
            }
            Arrays.sort(millis);
            assertThat(millis[millis.length / 2])
                    .as("median of %s ms", Arrays.toString(millis))
                    .isLessThan(100);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIs408() throws Exception {
        try (Socket s = slowSender()) {
            s.setSoTimeout(15_000);
            long start = System.nanoTime();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer)
                    .startsWith("HTTP/1.1 408")
                    .contains("application/problem+json")
                    .contains("the request body did not arrive within 5000 ms");
            assertThat(millis).isBetween(4_000L, 12_000L);
        }
    }
}
