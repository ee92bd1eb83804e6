package org.pledgescope.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.vocabulary.Fact;

/**
 * The parameters of {@code GET /v1/coverage}, from the served rule set: {@code pledge}, the two dates, one per fact
 * (named by its path, typed as in the Query schema) and one per open question ({@code assume.QUESTION}).
 */
final class QueryParameterDocs {
    private QueryParameterDocs() {}

    static void apply(OpenAPI openApi, RuleSet rules) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get("/v1/coverage");
        Operation get = item == null ? null : item.getGet();
        if (get == null) {
            return;
        }
        get.setParameters(new java.util.ArrayList<>());
        get.addParametersItem(query("pledge", new StringSchema(), "A pledge id; left out, every loaded pledge."));
        get.addParametersItem(query("useDate", new DateSchema(), "When the use happens (default today, UTC)."));
        get.addParametersItem(query("asKnownOn", new DateSchema(), "Read the pledge as known on this day."));
        for (Fact f : rules.vocabulary().facts()) {
            if (f.path().equals("useDate") || f.path().equals("asKnownOn")) {
                continue;
            }
            @SuppressWarnings("rawtypes")
            io.swagger.v3.oas.models.media.Schema schema = VocabularySchemas.factSchema(f);
            get.addParametersItem(new Parameter()
                    .in("query")
                    .name(f.path())
                    .required(false)
                    .description(schema.getDescription())
                    .schema(schema));
        }
        for (LoadedPack p : rules.packs()) {
            for (OpenQuestion q : p.pack().questions()) {
                StringSchema readings = new StringSchema();
                readings.setEnum(q.readingIds());
                get.addParametersItem(query(
                        "assume." + q.id(),
                        readings,
                        "Decide on this reading of " + p.pack().id() + "'s open " + "question: " + q.question()));
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static Parameter query(String name, io.swagger.v3.oas.models.media.Schema schema, String description) {
        return new Parameter()
                .in("query")
                .name(name)
                .required(false)
                .description(description)
                .schema(schema);
    }
}
