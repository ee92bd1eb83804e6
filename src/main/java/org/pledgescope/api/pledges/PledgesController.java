package org.pledgescope.api.pledges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.coverage.CoverageService;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Browsing the loaded pledges: their statements, terms, open questions and rules. */
@RestController
@RequestMapping("/v1/pledges")
@Tag(name = "pledges", description = "The pledges loaded, with their sources and open questions")
class PledgesController {
    private final CoverageService service;
    private final Clock clock;

    PledgesController(CoverageService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "listPledges",
            summary = "Every pledge: statements, the term in force today, open questions and their settlement")
    List<PledgeViews.PledgeSummary> list() {
        LocalDate today = LocalDate.now(clock);
        return service.requireRuleSet().packs().stream()
                .map(p -> PledgeViews.PledgeSummary.of(p.pack(), today))
                .toList();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getPledge", summary = "One pledge's metadata and its rules with their citations")
    PledgeViews.PledgeDetail get(@PathVariable String id) {
        RuleSet rules = service.requireRuleSet();
        return PledgeViews.PledgeDetail.of(pack(rules, id), rules.revision(), LocalDate.now(clock));
    }

    @GetMapping(path = "/{id}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getPledgeTimeline",
            summary = "Statements, term changes and settled questions in date order")
    List<PledgeViews.TimelineEvent> timeline(@PathVariable String id) {
        return PledgeViews.TimelineEvent.of(pack(service.requireRuleSet(), id).pack());
    }

    private static LoadedPack pack(RuleSet rules, String id) {
        return rules.pack(id)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.NOT_FOUND, "id", "no pledge '" + id + "'; loaded: " + rules.packIds()));
    }
}
