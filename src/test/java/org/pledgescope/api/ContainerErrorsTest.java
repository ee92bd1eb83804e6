package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the container answers by itself is problem+json too, naming no internal class. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.prometheus.metrics.export.enabled=true", "pledgescope.body-timeout=5s"})
class ContainerErrorsTest {
    @LocalServerPort
    int port;

    /** Status line, headers and body of a raw HTTP/1.1 exchange (the server closes the connection). */
    private String[] exchange(String request) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            String body = response.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
            }
            return new String[] {head.lines().findFirst().orElse(""), head, body};
        }
    }

    private JsonNode problem(String request, int status) throws Exception {
        String[] r = exchange(request);
        assertThat(r[0]).as(r[1]).startsWith("HTTP/1.1 " + status);
        assertThat(r[1].toLowerCase()).contains("content-type: application/problem+json");
        assertThat(Problems.namesInternals(r[2])).as(r[2]).isFalse();
        JsonNode problem = Json.MAPPER.readTree(r[2]);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").isArray()).isTrue();
        return problem;
    }

    @Test
    void transferEncodingIdentityIs501() throws Exception {
        problem(
                "POST /v1/coverage HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\nContent-Type: application/json\r\n"
                        + "Connection: close\r\n\r\n{}",
                501);
    }

    @Test
    void anUnparsableRequestLineIs400() throws Exception {
        problem("GET /v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400);
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblems() throws Exception {
        problem("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404);
        problem("DELETE /v1/coverage HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405);
    }

    @Test
    void anAbortedUploadLogsOneWarningLine(org.springframework.boot.test.system.CapturedOutput output)
            throws Exception {
        for (String type : new String[] {"application/json", "application/x-ndjson"}) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.getOutputStream()
                        .write(("POST /v1/coverage" + (type.endsWith("ndjson") ? "/batch" : "")
                                        + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + type
                                        + "\r\nContent-Length: 100000\r\n\r\n{\"pledge\"")
                                .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                Thread.sleep(200);
            }
        }
        for (int i = 0;
                i < 50
                        && output.getAll()
                                        .lines()
                                        .filter(l -> l.contains("broke off") || l.contains("Request body not received"))
                                        .count()
                                < 2;
                i++) {
            Thread.sleep(100);
        }
        assertThat(output.getAll()
                        .lines()
                        .filter(l -> l.contains("broke off") || l.contains("Request body not received")))
                .hasSize(2);
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Unexpected error");
    }

    @Test
    void deepNestingIs400WithoutNamingJackson() throws Exception {
        String body = "[".repeat(5_000) + "]".repeat(5_000);
        JsonNode p = problem(
                "POST /v1/coverage HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\nConnection: close\r\n\r\n" + body,
                400);
        assertThat(p.get("detail").asString()).contains("malformed JSON");
    }
}
