package org.pledgescope.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactKind;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * The OpenAPI {@code Query} schema, built from the served vocabulary: every fact with its type, description and
 * example, an enumeration's values (and value sets) as its {@code enum}, and each object of facts
 * ({@code agency}, {@code contract}, a pack's own) as a schema of its own named after it.
 */
final class VocabularySchemas {
    private VocabularySchemas() {}

    static void apply(OpenAPI openApi, Vocabulary vocabulary) {
        Schema<Object> query = object("", vocabulary, openApi)
                .description(
                        "One coverage question. Every fact may be left out: an omitted fact is unknown, and the "
                                + "answer says whether it matters. Facts and values come from the vocabulary (GET /v1/vocabulary).");
        query.addProperty(
                "pledge",
                new StringSchema()
                        .description("A pledge id (GET /v1/pledges); left out, every " + "loaded pledge is evaluated.")
                        .example("amazon-rekognition-moratorium"));
        query.addProperty(
                "assume",
                new MapSchema()
                        .additionalProperties(new StringSchema())
                        .description("Open question id → reading id: decide the query on that reading."));
        openApi.getComponents().addSchemas("Query", query);
    }

    private static Schema<Object> object(String prefix, Vocabulary vocabulary, OpenAPI openApi) {
        Schema<Object> schema = new ObjectSchema();
        schema.additionalProperties(false);
        for (String child : vocabulary.childrenOf(prefix)) {
            if (prefix.isEmpty() && Vocabulary.QUERY_KEYS.contains(child)) {
                continue;
            }
            String path = prefix + child;
            if (vocabulary.isObject(path)) {
                String name = child.substring(0, 1).toUpperCase(Locale.ROOT) + child.substring(1);
                openApi.getComponents()
                        .addSchemas(
                                name,
                                object(path + ".", vocabulary, openApi).description("Facts under '" + path + "'."));
                schema.addProperty(child, new Schema<>().$ref("#/components/schemas/" + name));
            } else {
                vocabulary.fact(path).ifPresent(f -> schema.addProperty(child, factSchema(f)));
            }
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema factSchema(Fact f) {
        String declared = f.declaredBy().isEmpty() ? "" : " (declared by " + String.join(", ", f.declaredBy()) + ")";
        Schema s = switch (f.kind()) {
            case DATE -> new DateSchema();
            case BOOLEAN -> new BooleanSchema();
            case COUNTRY -> new StringSchema().pattern("^[A-Z]{2}$");
            case ENUMERATION -> {
                List<String> values = new ArrayList<>(f.valueIds());
                values.addAll(f.sets().keySet());
                StringSchema e = new StringSchema();
                e.setEnum(values);
                yield e;
            }
            case TEXT -> new StringSchema();
        };
        StringBuilder description = new StringBuilder(f.description()).append(declared);
        if (f.kind() == FactKind.ENUMERATION) {
            f.values()
                    .forEach(v -> description
                            .append("\n- `")
                            .append(v.id())
                            .append("`: ")
                            .append(v.description()));
            f.sets()
                    .forEach((name, members) -> description
                            .append("\n- `")
                            .append(name)
                            .append("` (value set): one of ")
                            .append(members));
        }
        s.description(description.toString());
        if (f.example() != null) {
            s.example(f.kind() == FactKind.BOOLEAN ? Boolean.valueOf(f.example()) : f.example());
        }
        return s;
    }
}
