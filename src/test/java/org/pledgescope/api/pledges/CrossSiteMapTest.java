package org.pledgescope.api.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.RawHttp;
import org.pledgescope.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A web page of another site cannot make the service compute maps and diffs: a browser's Sec-Fetch-Site or Origin
 * naming another site, or a Host that is not this service's name (DNS rebinding), is refused with 403 naming the
 * header. The workbench (same origin), an address typed in, and clients that are not browsers are served.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pledgescope.allowed-hosts=pledgescope.internal")
class CrossSiteMapTest {
    private static final String MAP = "/v1/pledges/amazon-rekognition-moratorium/map?asKnownOn=2020-07-15"
            + "&useDate=2020-07-15&where=agency.type=police";
    private static final String DIFF =
            "/v1/pledges/amazon-rekognition-moratorium/diff?asKnownOn=2021-06-01&vs=2024-02-01&useDate=2022-01-01";

    @LocalServerPort
    int port;

    private RawHttp.Answer get(String path, String host, String headers) throws Exception {
        return RawHttp.exchange(
                port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers + "\r\n");
    }

    private RawHttp.Answer get(String path, String headers) throws Exception {
        return get(path, "127.0.0.1:" + port, headers);
    }

    private static void assertRefused(RawHttp.Answer answer, String header) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        JsonNode problem = Json.MAPPER.readTree(answer.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(header);
    }

    @Test
    void aPageOfAnotherSiteIsRefused() throws Exception {
        assertRefused(get(MAP, "Sec-Fetch-Site: cross-site\r\n"), "Sec-Fetch-Site");
        assertRefused(get(MAP, "Sec-Fetch-Site: same-site\r\n"), "Sec-Fetch-Site");
        assertRefused(get(DIFF, "Sec-Fetch-Site: cross-site\r\n"), "Sec-Fetch-Site");
        assertRefused(get(MAP, "Origin: http://evil.example\r\n"), "Origin");
        assertRefused(get(MAP, "Origin: null\r\n"), "Origin");
        assertRefused(get(MAP, "Origin: http://localhost:" + (port + 1) + "\r\n"), "Origin");
    }

    @Test
    void aNameThatIsNotTheServicesIsRefused() throws Exception {
        assertRefused(get(MAP, "evil.example:" + port, "Sec-Fetch-Site: same-origin\r\n"), "Host");
        assertRefused(get(DIFF, "evil.example:" + port, ""), "Host");
    }

    @Test
    void theWorkbenchAndOtherClientsAreServed() throws Exception {
        assertThat(get(MAP, "").status()).isEqualTo(200);
        assertThat(get(MAP, "Sec-Fetch-Site: same-origin\r\n").status()).isEqualTo(200);
        assertThat(get(MAP, "Sec-Fetch-Site: none\r\n").status()).isEqualTo(200);
        assertThat(get(MAP, "Origin: http://127.0.0.1:" + port + "\r\n").status())
                .isEqualTo(200);
        assertThat(get(MAP, "localhost:" + port, "Sec-Fetch-Site: same-origin\r\n")
                        .status())
                .isEqualTo(200);
        assertThat(get(MAP, "pledgescope.internal:" + port, "").status()).isEqualTo(200);
        assertThat(get(DIFF, "Sec-Fetch-Site: same-origin\r\n").status()).isEqualTo(200);
        // Light reads are not refused: only what starts heavy work is.
        assertThat(get("/v1/pledges", "evil.example", "Sec-Fetch-Site: cross-site\r\n")
                        .status())
                .isEqualTo(200);
    }
}
