package org.pledgescope.api;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report as {@code application/problem+json} instead of an HTML page: what the container answers
 * by itself (a 501 for {@code Transfer-Encoding: identity}, a 400 for a request line it cannot parse…).
 */
public final class ProblemReportValve extends ErrorReportValve {
    /** Tomcat creates the host's error report valve itself, by class name ({@link ContainerErrors}). */
    public ProblemReportValve() {}

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean io = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
        if (!io.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.json(status, path(request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response cannot be written: nothing more to tell it
        }
    }

    /** The path the request asked for, as far as Tomcat read it (none for a request line it could not parse). */
    private static String path(Request request) {
        String decoded = request.getDecodedRequestURI();
        if (decoded != null && !decoded.isEmpty()) {
            return decoded;
        }
        String raw = request.getCoyoteRequest().requestURI().toString();
        return raw == null || raw.isEmpty() ? null : raw;
    }
}
