package org.pledgescope.api.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.query.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule set served, and reloading it from the rules directory (admin token required). */
@RestController
@RequestMapping("/v1/ruleset")
@Tag(name = "ruleset", description = "The rule set being served")
class RuleSetController {
    private final RuleSetHolder holder;
    private final ApiProperties properties;
    private final boolean loopbackOnly;
    private final BundleStatus bundles;

    RuleSetController(
            RuleSetHolder holder,
            ApiProperties properties,
            BundleStatus bundles,
            @Value("${server.address:}") String serverAddress) {
        this.holder = holder;
        this.properties = properties;
        this.bundles = bundles;
        this.loopbackOnly = Disclosure.loopbackOnly(serverAddress);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getRuleSet",
            summary = "Revision, load time, packs with rule counts, and the last reload error if any",
            description = "On a replica serving bundles, also `bundle`: its source, the manifest of the bundle served "
                    + "(revision, creation time, PledgeScope version, signing key, every file with its SHA-256), "
                    + "the last poll and the last refusal.")
    RuleSetView get(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletResponse response) {
        RuleSetView view = RuleSetView.of(holder, bundles, Disclosure.of(holder, isAdmin(authorization), loopbackOnly));
        RevisionHeader.set(response, view.revision());
        return view;
    }

    @PostMapping(path = "/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "reloadRuleSet",
            summary = "Rebuild the rule set from the rules directory and swap it in atomically",
            description = "Needs `Authorization: Bearer <pledgescope.admin-token>`; 404 when no token is configured. "
                    + "On failure (422) the old rule set keeps serving.",
            security = @SecurityRequirement(name = "admin-token"))
    RuleSetView reload(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        authorize(authorization);
        if (holder.servesBundles()) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "",
                    "this replica serves signed bundles (pledgescope.bundle.source), not a rules directory: "
                            + "publish a new bundle, and every replica pulls it");
        }
        try {
            holder.reload();
            return RuleSetView.of(holder, bundles, Disclosure.of(holder, true, loopbackOnly));
        } catch (PackLoadException e) {
            List<FieldError> errors = e.problems().stream()
                    .map(p -> new FieldError(p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.message()))
                    .toList();
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "the rule set could not be loaded; still serving "
                            + holder.current().map(r -> r.revision()).orElse("nothing"),
                    errors,
                    Map.of(
                            "problems",
                            e.problems().stream().map(Problem::toString).toList()));
        }
    }

    private void authorize(String authorization) {
        String token = properties.adminToken();
        if (token == null || token.isBlank()) {
            throw new ApiException(
                    HttpStatus.NOT_FOUND,
                    "",
                    "reloading over HTTP is disabled: " + "no pledgescope.admin-token is configured");
        }
        if (!isAdmin(authorization)) {
            throw new ApiException(
                    HttpStatus.UNAUTHORIZED,
                    "Authorization",
                    "a valid 'Authorization: Bearer <token>' header is required");
        }
    }

    /** Whether the header carries the admin token (compared in constant time); false when none is configured. */
    private boolean isAdmin(String authorization) {
        String token = properties.adminToken();
        if (token == null || token.isBlank()) {
            return false;
        }
        String given = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).trim()
                : "";
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
