package org.pledgescope.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.OptionalLong;

/** A bundle at an http(s) URL, fetched with {@code If-None-Match}, following redirects (never https to http). */
final class HttpBundleSource implements BundleSource {
    private final URI uri;
    private final BundleLimits limits;
    private final Duration timeout;
    private final HttpClient client;

    HttpBundleSource(URI uri, BundleLimits limits, Duration timeout) {
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + uri + "' names no host");
        }
        this.uri = uri;
        this.limits = limits;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Fetched fetch(String etag) throws BundleFetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/zip, application/octet-stream;q=0.9, */*;q=0.1")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new BundleFetchException("GET " + describe() + " timed out after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new BundleFetchException("GET " + describe() + " failed: " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleFetchException("GET " + describe() + " was interrupted");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 304) {
                return null;
            }
            if (status != 200) {
                throw new BundleFetchException("GET " + describe() + " answered " + status);
            }
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent() && length.getAsLong() > limits.maxArchive()) {
                throw tooLarge(length.getAsLong() + " bytes");
            }
            byte[] archive = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxArchive() + 1));
            if (archive.length > limits.maxArchive()) {
                throw tooLarge("more than " + limits.maxArchive() + " bytes");
            }
            return new Fetched(archive, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new BundleFetchException("GET " + describe() + ": reading the body failed: " + reason(e));
        }
    }

    private BundleRefusedException tooLarge(String size) {
        return new BundleRefusedException(
                "size",
                "the bundle at " + describe() + " is " + size + ", more than the limit of " + limits.maxArchive()
                        + " (pledgescope.bundle.max-size)");
    }

    @Override
    public String describe() {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getHost() + port + path + (uri.getRawQuery() == null ? "" : "?…");
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
