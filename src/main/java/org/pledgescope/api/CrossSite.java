package org.pledgescope.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Refuses a request that starts heavy work (a map, a diff) when a web page of another site sent it: a browser says
 * where a request comes from in {@code Sec-Fetch-Site} and {@code Origin}, and only {@code same-origin} (the
 * workbench) or {@code none} (an address typed in, a bookmark) may start one. A page of another site that gets its
 * own name resolved to this machine (DNS rebinding) is same-origin to the browser, so the {@code Host} a request
 * names must be this service's: localhost, an IP address, or one of {@code pledgescope.allowed-hosts}. Clients that
 * are not browsers send neither header and are not refused.
 */
@Component
public class CrossSite {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final List<String> SAME = List.of("same-origin", "none");

    private final List<String> allowedHosts;

    CrossSite(ServingLimits limits) {
        this.allowedHosts = limits.allowedHosts().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Throws 403 when {@code request} comes from another site's page, or names a host this service does not know. */
    public void check(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host != null && !knownHost(hostName(host))) {
            throw refused(
                    "Host",
                    "Host '" + host + "' is not this service's name: use localhost or an IP address, "
                            + "or add the name to pledgescope.allowed-hosts");
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !SAME.contains(site.toLowerCase(Locale.ROOT))) {
            throw refused(
                    "Sec-Fetch-Site",
                    "a page of another site (Sec-Fetch-Site: " + site + ") may not start a map or a diff; "
                            + "open the workbench on this service itself");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && (host == null || !sameHost(origin, host))) {
            throw refused(
                    "Origin",
                    "a page of another origin (" + origin + ") may not start a map or a diff; "
                            + "open the workbench on this service itself");
        }
    }

    private static ApiException refused(String field, String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, field, detail);
    }

    private boolean knownHost(String name) {
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || IPV4.matcher(name).matches()
                || name.startsWith("[")
                || allowedHosts.contains(name);
    }

    /** {@code example.org:8080} → {@code example.org}; {@code [::1]:8080} → {@code [::1]}. */
    private static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        int bracket = h.indexOf(']');
        if (h.startsWith("[") && bracket > 0) {
            return h.substring(0, bracket + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon >= 0 ? h.substring(0, colon) : h;
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI o = URI.create(origin.strip());
            if (o.getHost() == null) {
                return false; // "null": a sandboxed page, a file
            }
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            String h = host.strip().toLowerCase(Locale.ROOT);
            String defaultPort = "https".equalsIgnoreCase(o.getScheme()) ? ":443" : ":80";
            return authority.toLowerCase(Locale.ROOT).equals(h)
                    || (authority + defaultPort).toLowerCase(Locale.ROOT).equals(h);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
