package org.pledgescope.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching a bundle: over HTTP with {@code If-None-Match} (a 304 is "unchanged"), from a file by its size and time;
 * a bundle over the size limit is refused without being read whole; an error status or a missing file is a fetch
 * failure naming the source; a URL's query (a signed URL's secret) is never shown.
 */
class BundleSourceTest {
    private static final BundleLimits LIMITS = new BundleLimits(1_000, 10_000);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> ifNoneMatch = Collections.synchronizedList(new ArrayList<>());
    private volatile byte[] body = "bundle-1".getBytes(StandardCharsets.US_ASCII);
    private volatile String etag = "\"v1\"";
    private volatile int status = 200;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bundle.zip", exchange -> {
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(String.valueOf(asked));
            if (etag.equals(asked)) {
                exchange.sendResponseHeaders(304, -1);
            } else if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bundle.zip";
    }

    @Test
    void overHttpAnUnchangedBundleIsA304() throws Exception {
        BundleSource source = BundleSource.of(url(), LIMITS, TIMEOUT);

        BundleSource.Fetched first = source.fetch(null);
        assertThat(first.archive()).isEqualTo(body);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(source.fetch(first.etag())).isNull();

        body = "bundle-2".getBytes(StandardCharsets.US_ASCII);
        etag = "\"v2\"";
        BundleSource.Fetched second = source.fetch(first.etag());
        assertThat(second.archive()).isEqualTo(body);
        assertThat(ifNoneMatch).containsExactly("null", "\"v1\"", "\"v1\"");
    }

    @Test
    void overHttpABundleOverTheLimitIsRefusedAndAnErrorStatusIsAFetchFailure() {
        body = new byte[1_001];
        BundleSource source = BundleSource.of(url() + "?X-Amz-Signature=secret", LIMITS, TIMEOUT);
        assertThatThrownBy(() -> source.fetch(null)).isInstanceOfSatisfying(BundleRefusedException.class, e -> {
            assertThat(e.check()).isEqualTo("size");
            assertThat(e.getMessage()).contains("1001 bytes, more than the limit of 1000");
            assertThat(e.getMessage()).doesNotContain("secret");
        });

        status = 404;
        etag = "\"other\"";
        assertThatThrownBy(() -> source.fetch(null))
                .isInstanceOf(BundleFetchException.class)
                .hasMessage("GET " + url() + "?… answered 404");
    }

    @Test
    void aFileIsReadAgainOnlyWhenItChanged() throws Exception {
        Path file = dir.resolve("bundle.zip");
        Files.write(file, "bundle-1".getBytes(StandardCharsets.US_ASCII));
        BundleSource source = BundleSource.of(file.toString(), LIMITS, TIMEOUT);

        BundleSource.Fetched first = source.fetch(null);
        assertThat(new String(first.archive(), StandardCharsets.US_ASCII)).isEqualTo("bundle-1");
        assertThat(source.fetch(first.etag())).isNull();

        Files.write(file, "bundle-22".getBytes(StandardCharsets.US_ASCII));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(new String(source.fetch(first.etag()).archive(), StandardCharsets.US_ASCII))
                .isEqualTo("bundle-22");

        Files.write(file, new byte[1_001]);
        assertThatThrownBy(() -> source.fetch(null))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class, e -> assertThat(e.check()).isEqualTo("size"));
        Files.delete(file);
        assertThatThrownBy(() -> source.fetch(null))
                .isInstanceOf(BundleFetchException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void aSourceOtherThanHttpOrAFileIsNotTaken() {
        assertThatThrownBy(() -> BundleSource.of("ftp://example.org/bundle.zip", LIMITS, TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an http(s) URL or read from a file path");
    }
}
