package org.pledgescope.api;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.pledgescope.query.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the body of a JSON request without holding a worker thread: the container calls back as bytes arrive,
 * and only a complete body is handed to the controller (see {@link Bodies}). A client sending slowly therefore
 * holds a connection, not one of the threads that answer everyone else, and gets 408 if the whole body has not
 * arrived within {@code pledgescope.body-timeout}. NDJSON streams are read as they are answered and skip this.
 */
@Component
class BodyPrefetchFilter extends OncePerRequestFilter {
    static final String BODY = BodyPrefetchFilter.class.getName() + ".body";
    private static final Logger log = LoggerFactory.getLogger(BodyPrefetchFilter.class);

    private final ApiProperties properties;

    BodyPrefetchFilter(ApiProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || !request.isAsyncSupported()
                || !request.getRequestURI().startsWith("/v1/coverage")
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON_VALUE)
                || request.getServletContext().getServerInfo() == null
                || !request.getServletContext().getServerInfo().startsWith("Apache Tomcat");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = (request.getRequestURI().endsWith("/batch") ? properties.maxBatchBody() : properties.maxBody())
                .toBytes();
        if (request.getContentLengthLong() > limit) {
            chain.doFilter(request, response); // refused with 413 without reading it
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(properties.bodyTimeout().toMillis());
        ServletInputStream in = request.getInputStream();
        Reader reader = new Reader(async, in, limit, request.getContentLengthLong());
        async.addListener(reader);
        in.setReadListener(reader);
    }

    /** Collects the body as it arrives and dispatches the request once it is complete (or over the limit). */
    private final class Reader implements ReadListener, AsyncListener {
        private final AsyncContext async;
        private final ServletInputStream in;
        private final long limit;
        private final ByteArrayOutputStream body;
        private final byte[] buffer;
        private boolean done;

        /** {@code length}: the body's declared length, or -1 (chunked). */
        Reader(AsyncContext async, ServletInputStream in, long limit, long length) {
            this.async = async;
            this.in = in;
            this.limit = limit;
            // A query's body is well under a kilobyte: read in pieces of its own length, when known, up to 16 KiB.
            int piece = length > 0 ? (int) Math.min(length, 16 * 1024) : 16 * 1024;
            this.buffer = new byte[piece];
            this.body = new ByteArrayOutputStream(length > 0 ? piece : 1024);
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!done && in.isReady()) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                body.write(buffer, 0, n);
                if (body.size() > limit) {
                    dispatch(); // Bodies sees more than the limit and refuses it with 413
                }
            }
        }

        @Override
        public void onAllDataRead() {
            dispatch();
        }

        private synchronized void dispatch() {
            if (!done) {
                done = true;
                async.getRequest().setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        /**
         * A read that failed: the client broke off (nobody to answer), or nothing arrived for Tomcat's read timeout
         * ({@code server.tomcat.connection-timeout}): a body that stalled, which Tomcat answers through its error page
         * ({@link ContainerErrors}: 408, as one that trickles gets from {@link #onTimeout}).
         */
        @Override
        public synchronized void onError(Throwable t) {
            if (done || Aborts.stalled(t)) {
                return;
            }
            done = true;
            log.warn("Request body not received: {} after {} bytes", Aborts.describe(t), body.size());
            async.complete();
        }

        @Override
        public synchronized void onTimeout(AsyncEvent event) {
            if (!done) {
                timedOut();
            }
        }

        private void timedOut() {
            done = true;
            HttpServletRequest request = (HttpServletRequest) async.getRequest();
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            String detail = "the request body did not arrive within "
                    + properties.bodyTimeout().toMillis() + " ms";
            try {
                response.setStatus(HttpStatus.REQUEST_TIMEOUT.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setHeader("Connection", "close");
                response.getOutputStream()
                        .write(Problems.json(
                                        HttpStatus.REQUEST_TIMEOUT.value(),
                                        detail,
                                        List.of(new FieldError("", detail)),
                                        request.getRequestURI())
                                .getBytes(StandardCharsets.UTF_8));
            } catch (IOException | IllegalStateException e) {
                log.debug("The 408 could not be sent: {}", Aborts.describe(e));
            }
            async.complete();
        }

        @Override
        public void onComplete(AsyncEvent event) {}

        @Override
        public void onError(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
