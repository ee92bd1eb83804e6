package org.pledgescope.api.pledges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.CrossSite;
import org.pledgescope.api.coverage.CoverageService;
import org.pledgescope.api.ruleset.RuleSetHolder;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.map.ScopeDiff;
import org.pledgescope.map.ScopeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A pledge's whole query space (the scope map) and what two days of it differ in. */
@RestController
@RequestMapping("/v1/pledges")
@Tag(name = "pledges", description = "The pledges loaded, with their sources and open questions")
class ScopeMapController {
    private final CoverageService service;
    private final RuleSetHolder holder;
    private final MapJobs jobs;
    private final CrossSite crossSite;

    ScopeMapController(CoverageService service, RuleSetHolder holder, MapJobs jobs, CrossSite crossSite) {
        this.service = service;
        this.holder = holder;
        this.jobs = jobs;
        this.crossSite = crossSite;
    }

    @GetMapping(path = "/{id}/map", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getPledgeMap",
            summary = "Every fully known world of the pledge, grouped into regions "
                    + "that share a verdict, deciding open questions and clauses")
    @ApiResponse(
            responseCode = "200",
            description = "The map",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ScopeMap.class)))
    @ApiResponse(
            responseCode = "400",
            description = "A bad date or where, or a selection of more cells than pledgescope.map-max-cells (errors "
                    + "names where); errors names the parameter",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "403",
            description = "Asked for by a web page of another site, or naming a Host that is not this service's; "
                    + "errors names the header",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "429",
            description = "As many maps and diffs as the service takes are being made or waiting; "
                    + "Retry-After says when to try again",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "503",
            description = "No rule set is loaded, or the work ran past pledgescope.map-time-limit and was stopped",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ScopeMap map(
            @PathVariable String id,
            @Parameter(description = "Read the pledge as known on this day (default: every class of days)")
                    @RequestParam(required = false)
                    String asKnownOn,
            @Parameter(description = "Map uses on this day (default: every class of days)")
                    @RequestParam(required = false)
                    String useDate,
            @Parameter(
                            description =
                                    "FACT=VALUE[,VALUE…]: only the worlds where the fact takes one of these values "
                                            + "(a value, a value set, a country or 'other', a date); repeatable")
                    @RequestParam(required = false)
                    List<String> where,
            HttpServletRequest http)
            throws IOException {
        crossSite.check(http);
        RuleSet rules = service.requireRuleSet();
        ScopeMap.Request request =
                new ScopeMap.Request(date("asKnownOn", asKnownOn), date("useDate", useDate), where(where));
        return (ScopeMap) jobs.get(
                List.of("map", rules.revision(), id, request),
                c -> ScopeMap.build(rules, id, request, service.evaluator(), c),
                http);
    }

    @GetMapping(path = "/{id}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getPledgeDiff",
            summary = "The regions whose verdict moves between two asKnownOn days, "
                    + "before and after, with the rules and statements responsible")
    @ApiResponse(
            responseCode = "200",
            description = "The regions that moved (empty when nothing did)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ScopeDiff.class)))
    @ApiResponse(
            responseCode = "400",
            description = "A missing or bad date, or a comparison of more cells than pledgescope.map-max-cells "
                    + "(errors names where); errors names the parameter",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "403",
            description = "Asked for by a web page of another site, or naming a Host that is not this service's; "
                    + "errors names the header",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "429",
            description = "As many maps and diffs as the service takes are being made or waiting; "
                    + "Retry-After says when to try again",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "503",
            description = "No rule set is loaded, or the work ran past pledgescope.map-time-limit and was stopped",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ScopeDiff diff(
            @PathVariable String id,
            @Parameter(description = "The first day the pledge is read on", required = true)
                    @RequestParam(required = false)
                    String asKnownOn,
            @Parameter(description = "The second day", required = true) @RequestParam(required = false) String vs,
            @Parameter(description = "Compare uses on this day only (default: every class of days)")
                    @RequestParam(required = false)
                    String useDate,
            HttpServletRequest http)
            throws IOException {
        crossSite.check(http);
        RuleSet rules = service.requireRuleSet();
        LocalDate a = required("asKnownOn", asKnownOn);
        LocalDate b = required("vs", vs);
        LocalDate use = date("useDate", useDate);
        return (ScopeDiff) jobs.get(
                List.of("diff", rules.revision(), id, a, b, String.valueOf(use)),
                c -> ScopeDiff.ofDates(rules, id, a, b, use, Map.of(), service.evaluator(), c),
                http);
    }

    @GetMapping(path = "/{id}/diff/previous", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getPledgeDiffFromPrevious",
            summary =
                    "The regions whose verdict moved between the "
                            + "revision served before the last reload and the one served now, with the rules and statements responsible")
    @ApiResponse(
            responseCode = "200",
            description = "The regions that moved (empty when nothing did)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ScopeDiff.class)))
    @ApiResponse(
            responseCode = "400",
            description = "A bad date, or a comparison of more cells than pledgescope.map-max-cells (errors names "
                    + "where); errors names the parameter",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "404",
            description = "No such pledge in both revisions, or no reload has yet brought " + "a new revision",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "403",
            description = "Asked for by a web page of another site, or naming a Host that is not this service's; "
                    + "errors names the header",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "429",
            description = "As many maps and diffs as the service takes are being made or waiting; "
                    + "Retry-After says when to try again",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(
            responseCode = "503",
            description = "No rule set is loaded, or the work ran past pledgescope.map-time-limit and was stopped",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ScopeDiff diffFromPrevious(
            @PathVariable String id,
            @Parameter(description = "Read the pledge as known on this day (default: every class of days)")
                    @RequestParam(required = false)
                    String asKnownOn,
            @Parameter(description = "Compare uses on this day only (default: every class of days)")
                    @RequestParam(required = false)
                    String useDate,
            HttpServletRequest http)
            throws IOException {
        crossSite.check(http);
        RuleSet after = service.requireRuleSet();
        RuleSet before = holder.previous()
                .orElseThrow(() -> new ApiException(
                        HttpStatus.NOT_FOUND,
                        "revision",
                        "no earlier revision to compare with: the rule set " + after.revision()
                                + " has been served since start-up (a reload that changes the rules makes one)"));
        ScopeMap.Request request =
                new ScopeMap.Request(date("asKnownOn", asKnownOn), date("useDate", useDate), Map.of());
        return (ScopeDiff) jobs.get(
                List.of("previous", before.revision(), after.revision(), id, request),
                c -> ScopeDiff.ofRuleSets(before, after, id, request, "previous", "served", service.evaluator(), c),
                http);
    }

    private static LocalDate required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, name, name + " is required (an ISO date, YYYY-MM-DD)");
        }
        return date(name, value);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, name, "'" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    /** {@code where} parameters; Spring splits "agency.type=police,SHERIFF" at the comma, so a bare value joins the fact before it. */
    private static Map<String, List<String>> where(List<String> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String fact = null;
        for (String w : params == null ? List.<String>of() : params) {
            int eq = w.indexOf('=');
            String values;
            if (eq > 0) {
                fact = w.substring(0, eq).strip();
                values = w.substring(eq + 1);
            } else if (fact != null && eq < 0) {
                values = w;
            } else {
                throw new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "where",
                        "'" + w + "' is not FACT=VALUE " + "(e.g. agency.type=police)");
            }
            for (String v : values.split(",")) {
                if (!v.isBlank()) {
                    out.computeIfAbsent(fact, k -> new ArrayList<>()).add(v.strip());
                }
            }
            if (!out.containsKey(fact)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "where", "'" + w + "' gives no value for " + fact);
            }
        }
        return out;
    }
}
