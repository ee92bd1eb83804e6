package org.pledgescope.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pledgescope.json.Json;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;

/**
 * {@code batch --fields verdict,openQuestions,missingFacts}: one short line per decision for bulk screening,
 * {@code {"results":[{"pledge":…,"verdict":…,"openQuestions":[ids],"missingFacts":[fields]}]}}; error lines as usual.
 */
public final class CompactFields {
    /** The fields a compact line may carry, in the order they are written. */
    public static final List<String> ALLOWED = List.of(
            "decisionId",
            "rulesetRevision",
            "verdict",
            "because",
            "openQuestions",
            "missingFacts",
            "clauses",
            "assumed");

    private final Set<String> fields;

    private CompactFields(Set<String> fields) {
        this.fields = fields;
    }

    /** The fields of a {@code --fields} list; an IllegalArgumentException names a field not allowed. */
    public static CompactFields parse(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : list.split(",")) {
            String field = f.strip();
            if (field.isEmpty()) {
                continue;
            }
            if (!ALLOWED.contains(field)) {
                throw new IllegalArgumentException("--fields: '" + field + "' is not one of " + ALLOWED);
            }
            out.add(field);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--fields: name at least one of " + ALLOWED);
        }
        return new CompactFields(out);
    }

    /** The line for an answer of {@link NdjsonBatch#answerObject}: compact for a Decision, as is for an error. */
    public byte[] encode(Object answer) {
        if (!(answer instanceof Decision d)) {
            return Json.MAPPER.writeValueAsBytes(answer);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        if (fields.contains("decisionId")) {
            line.put("decisionId", d.decisionId());
        }
        if (fields.contains("rulesetRevision")) {
            line.put("rulesetRevision", d.rulesetRevision());
        }
        List<Map<String, Object>> results = new ArrayList<>(d.results().size());
        for (PledgeResult r : d.results()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("pledge", r.pledge());
            for (String f : ALLOWED) {
                if (!fields.contains(f)) {
                    continue;
                }
                switch (f) {
                    case "verdict" -> out.put(f, r.verdict());
                    case "because" -> out.put(f, r.because());
                    case "openQuestions" ->
                        out.put(
                                f,
                                r.openQuestions().stream()
                                        .map(QuestionReport::id)
                                        .toList());
                    case "missingFacts" ->
                        out.put(
                                f,
                                r.missingFacts().stream()
                                        .map(MissingFact::field)
                                        .toList());
                    case "clauses" ->
                        out.put(
                                f,
                                r.reasons().stream()
                                        .map(x -> x.clause())
                                        .filter(Objects::nonNull)
                                        .distinct()
                                        .toList());
                    case "assumed" -> out.put(f, r.assumed());
                    default -> {}
                }
            }
            results.add(out);
        }
        line.put("results", results);
        return Json.MAPPER.writeValueAsBytes(line);
    }
}
