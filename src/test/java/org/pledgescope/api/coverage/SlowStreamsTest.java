package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.ApiTest;
import org.pledgescope.api.RawHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forty NDJSON streams that send a line every two seconds, on a service with 24 request threads: eight are taken
 * (pledgescope.max-streams), the rest refused at once with 429 and Retry-After, so a query is answered as usual
 * while the eight go on; each of those is answered in full when it ends.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.threads.max=24", "pledgescope.max-streams=8"})
class SlowStreamsTest {
    private static final int STREAMS = 40;
    private static final String LINE = ApiTest.example().replace("\n", "") + "\n";

    @LocalServerPort
    int port;

    private static String chunk(String text) {
        return Integer.toHexString(text.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + text + "\r\n";
    }

    @Test
    void slowStreamsPastTheCapAreRefusedAndQueriesAreAnswered() throws Exception {
        List<Socket> held = new ArrayList<>();
        List<RawHttp.Answer> refused = new ArrayList<>();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        sender.scheduleAtFixedRate(
                () -> {
                    synchronized (held) {
                        for (Socket s : held) {
                            try {
                                RawHttp.send(s, chunk(LINE));
                            } catch (IOException e) {
                                // the test reads what happened to it
                            }
                        }
                    }
                },
                2,
                2,
                TimeUnit.SECONDS);
        try {
            for (int i = 0; i < STREAMS; i++) {
                Socket s = RawHttp.open(
                        port,
                        "POST /v1/coverage/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\n" + chunk(LINE));
                try {
                    refused.add(RawHttp.read(s, 1_500));
                    s.close();
                } catch (SocketTimeoutException e) {
                    synchronized (held) {
                        held.add(s);
                    }
                }
            }
            assertThat(held).hasSize(8);
            assertThat(refused).hasSize(STREAMS - 8).allSatisfy(a -> {
                assertThat(a.status()).as(a.body()).isEqualTo(429);
                assertThat(a.header("Retry-After")).isEqualTo("1");
                assertThat(a.body()).contains("too many NDJSON streams at once (8, pledgescope.max-streams)");
            });

            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> query = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/coverage"))
                                .timeout(Duration.ofSeconds(5))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(ApiTest.example()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(query.statusCode()).isEqualTo(200);
            }
        } finally {
            sender.shutdownNow();
            sender.awaitTermination(5, TimeUnit.SECONDS);
        }
        for (Socket s : held) {
            RawHttp.send(s, chunk(LINE) + "0\r\n\r\n");
            RawHttp.Answer answer = RawHttp.read(s, 30_000);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().lines())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(line -> assertThat(line).contains("\"verdict\":\"COVERED\""));
            s.close();
        }
    }
}
