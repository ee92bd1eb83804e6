package org.pledgescope.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.pledgescope.query.FieldError;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error the container produces is problem+json: the error page Tomcat forwards to ({@code /error}) and
 * Tomcat's own error report (see {@link ProblemReportValve}), which replaces its HTML page.
 */
@RestController
class ContainerErrors implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        String detail = Problems.describe(status);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t && Aborts.stalled(t)) {
            // A body that stopped arriving: the client's doing, which Tomcat reports as a failure of its own.
            status = HttpStatus.REQUEST_TIMEOUT.value();
            detail = "the request body stalled: nothing more of it arrived within the read timeout";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setProperty("errors", List.of(new FieldError("", detail)));
        // The request that failed, not this error page's own path.
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && uri.length() <= 200) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException e) {
                // not a URI reference: leave the instance out
            }
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Puts {@link ProblemReportValve} in place of every other error report valve of the host. */
    @Component
    static class ValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
                for (Valve valve : context.getParent().getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        context.getParent().getPipeline().removeValve(valve);
                    }
                }
                context.getParent().getPipeline().addValve(new ProblemReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
