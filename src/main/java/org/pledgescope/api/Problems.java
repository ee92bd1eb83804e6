package org.pledgescope.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pledgescope.json.Json;
import org.pledgescope.query.FieldError;
import org.springframework.http.HttpStatus;

/** Problem texts for errors the container and the framework produce, worded for the client, naming no class. */
final class Problems {
    /** A Java or library class name, e.g. {@code java.lang.String} or {@code StreamReadConstraints.getMaxStringLength()}. */
    private static final Pattern INTERNAL =
            Pattern.compile("\\b(java|javax|jakarta|org|tools|com|sun)\\.[a-z]\\w*\\.|`[A-Za-z_][\\w.]*(\\(\\))?`"
                    + "|\\b[A-Z]\\w*(Exception|Constraints|Error)\\b");

    private Problems() {}

    /** Whether a text names an internal class or member. */
    static boolean namesInternals(String text) {
        return text != null && INTERNAL.matcher(text).find();
    }

    /** The generic wording for a status, e.g. {@code 501 Not Implemented: the request cannot be handled}. */
    static String describe(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        String what = switch (status) {
            case 400 -> "the request could not be parsed";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 408 -> "the request did not arrive in time";
            case 413 -> "the request is too large";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            case 501 -> "the request uses a feature (such as this Transfer-Encoding) the service does not support";
            case 505 -> "this HTTP version is not supported";
            default ->
                status >= 500 ? "the service could not answer; its log has the details" : "the request was refused";
        };
        return status + " " + reason + ": " + what;
    }

    /** A complete problem+json body for a status, worded as {@link #describe(int)}. */
    static String json(int status, String instance) {
        String detail = describe(status);
        return json(status, detail, List.of(new FieldError("", detail)), instance);
    }

    /**
     * A problem+json body written by hand (where Spring MVC does not write it), in the shape of every other: {@code
     * detail}, {@code instance} (the request's path), {@code status}, {@code title} and {@code errors}.
     */
    static String json(int status, String detail, List<FieldError> errors, String instance) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("detail", detail);
        if (instance != null && instance.length() <= 200) {
            problem.put("instance", instance);
        }
        problem.put("status", status);
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("errors", errors);
        return Json.MAPPER.writeValueAsString(problem);
    }
}
