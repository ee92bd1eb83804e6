package org.pledgescope.api.pledges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.pledgescope.api.coverage.CoverageService;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactValue;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The facts a query can carry: the shared vocabulary and every served pack's own facts. */
@RestController
@RequestMapping("/v1/vocabulary")
@Tag(name = "vocabulary", description = "The facts a query can carry and their values")
class VocabularyController {
    private final CoverageService service;

    VocabularyController(CoverageService service) {
        this.service = service;
    }

    /** The vocabulary as served. */
    record VocabularyView(List<FactView> facts) {}

    /**
     * One fact: its path (a dot is a nested JSON object in a query), kind ({@code enumeration}, {@code date},
     * {@code country}, {@code boolean}, {@code text}), values and value sets, and the packs that declare it
     * (empty for the shared vocabulary).
     */
    record FactView(
            String path,
            String kind,
            String description,
            List<FactValue> values,
            Map<String, List<String>> sets,
            String example,
            List<String> declaredBy) {
        static FactView of(Fact f) {
            return new FactView(
                    f.path(), f.kind().id(), f.description(), f.values(), f.sets(), f.example(), f.declaredBy());
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getVocabulary", summary = "Every fact a query can carry, with its values and value sets")
    VocabularyView get() {
        return new VocabularyView(service.requireRuleSet().vocabulary().facts().stream()
                .map(FactView::of)
                .toList());
    }
}
