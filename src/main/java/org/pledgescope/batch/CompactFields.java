package org.pledgescope.batch;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pledgescope.json.Json;
import org.pledgescope.json.Streaming;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.ResultJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator g = Streaming.FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            g.writeStartObject();
            if (fields.contains("decisionId")) {
                g.writeStringProperty("decisionId", d.decisionId());
            }
            if (fields.contains("rulesetRevision")) {
                g.writeStringProperty("rulesetRevision", d.rulesetRevision());
            }
            g.writeName("results");
            g.writeStartArray();
            for (PledgeResult r : d.results()) {
                result(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private void result(JsonGenerator g, PledgeResult r) {
        g.writeStartObject();
        g.writeStringProperty("pledge", r.pledge());
        for (String f : ALLOWED) {
            if (!fields.contains(f)) {
                continue;
            }
            switch (f) {
                case "verdict" -> g.writeStringProperty(f, r.verdict().name());
                case "because" -> g.writeStringProperty(f, r.because());
                case "openQuestions" ->
                    strings(
                            g,
                            f,
                            r.openQuestions().stream().map(QuestionReport::id).toList());
                case "missingFacts" ->
                    strings(
                            g,
                            f,
                            r.missingFacts().stream().map(MissingFact::field).toList());
                case "clauses" ->
                    strings(
                            g,
                            f,
                            r.reasons().stream()
                                    .map(x -> x.clause())
                                    .filter(Objects::nonNull)
                                    .distinct()
                                    .toList());
                case "assumed" -> {
                    g.writeName(f);
                    g.writeStartObject();
                    for (Map.Entry<String, String> e : r.assumed().entrySet()) {
                        g.writeStringProperty(e.getKey(), e.getValue());
                    }
                    g.writeEndObject();
                }
                default -> {}
            }
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** The line for an answer in full: a Decision's JSON (written without data binding), an error's as is. */
    public static byte[] full(Object answer) {
        return answer instanceof Decision d ? ResultJson.bytes(d) : Json.MAPPER.writeValueAsBytes(answer);
    }
}
