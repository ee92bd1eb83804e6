package org.pledgescope.api.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.api.ruleset.RevisionHeader;
import org.pledgescope.batch.InputLimits;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/coverage?pledge=…&useDate=…&agency.type=…}: one query as URL parameters, answered so that any HTTP
 * cache can keep it: {@code ETag} and decision id from the revision and the normalised query ({@link AnswerIdentity}),
 * {@code Cache-Control} from {@code pledgescope.coverage.cache-control}, and 304 (without evaluating) on a matching
 * {@code If-None-Match}.
 */
@RestController
@RequestMapping("/v1/coverage")
@Tag(name = "coverage", description = "Does a pledge cover this use?")
@EnableConfigurationProperties(CacheableAnswers.class)
class CacheableCoverageController {
    private final CoverageService service;
    private final InputLimits limits;
    private final CacheableAnswers caching;

    CacheableCoverageController(CoverageService service, ApiProperties properties, CacheableAnswers caching) {
        this.service = service;
        this.limits = properties.inputLimits();
        this.caching = caching;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "evaluateQueryByParameters",
            summary = "Evaluate one query given as URL parameters (cacheable)",
            description = "Parameters are named by fact path (`agency.type=SHERIFF`), plus `pledge`, `useDate`, "
                    + "`asKnownOn` and `assume.QUESTION=READING`; bound and checked exactly as the POST body is. The "
                    + "answer's `decisionId` and its `ETag` derive from the revision and the normalised query, so a "
                    + "cached answer has one id for every reader; `If-None-Match` with it answers 304.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Decision.class)))
    @ApiResponse(responseCode = "304", description = "The answer named by If-None-Match is still the answer")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is invalid or repeated; errors lists every problem",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<Decision> decide(
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        RuleSet rules = service.requireRuleSet();
        Query query = service.bind(
                limits.check(QueryParameters.toTree(request.getParameterMap(), rules.vocabulary())), rules);
        AnswerIdentity identity = AnswerIdentity.of(rules.revision(), query);
        boolean unchanged = identity.matches(ifNoneMatch);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(unchanged ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(identity.etag())
                .header(HttpHeaders.CACHE_CONTROL, caching.cacheControl())
                .header(RevisionHeader.NAME, rules.revision());
        return unchanged ? answer.build() : answer.body(service.decide(query, rules, identity.decisionId()));
    }
}
