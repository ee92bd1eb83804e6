package org.pledgescope.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is complete enough to generate a client from. */
class OpenApiDocumentTest extends ApiTest {

    private JsonNode document() throws Exception {
        return Json.MAPPER.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    @Test
    void everyOperationHasANamedIdATypedSuccessAndProblemJsonErrors() throws Exception {
        List<String> gaps = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
            if (!path.getKey().startsWith("/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                String id = op.getValue().path("operationId").asString("");
                ids.add(id);
                if (!id.matches("[a-z][A-Za-z]+")) {
                    gaps.add(where + ": operationId '" + id + "'");
                }
                JsonNode ok = op.getValue().path("responses").path("200").path("content");
                if (ok.isMissingNode()
                        || ok.has("*/*")
                        || !ok.propertyNames().iterator().hasNext()) {
                    gaps.add(where + ": untyped 200 " + ok);
                }
                ok.properties().forEach(c -> {
                    if (c.getValue().path("schema").isMissingNode()) {
                        gaps.add(where + ": no schema for 200 " + c.getKey());
                    }
                });
                op.getValue().path("responses").properties().forEach(r -> {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        if (r.getValue()
                                .path("content")
                                .path("application/problem+json")
                                .isMissingNode()) {
                            gaps.add(where + ": " + r.getKey() + " is not problem+json");
                        }
                    }
                });
            }
        }
        assertThat(gaps).isEmpty();
        assertThat(ids)
                .doesNotHaveDuplicates()
                .contains("evaluateQuery", "evaluateBatch", "listPledges", "getVocabulary");
    }

    @Test
    void theQuerySchemaComesFromTheVocabularyWithValuesAndDescriptions() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        JsonNode query = schemas.get("Query").get("properties");

        assertThat(query.get("activity").get("enum").toString()).contains("\"USE\"", "\"deployment\"");
        assertThat(query.get("activity").get("description").asString()).contains("`DEVELOPMENT`: The vendor's own");
        assertThat(schemas.get("Agency")
                        .get("properties")
                        .get("type")
                        .get("enum")
                        .toString())
                .contains("\"SHERIFF\"");
        assertThat(schemas.get("Contract")
                        .get("properties")
                        .get("signedOn")
                        .get("format")
                        .asString())
                .isEqualTo("date");
        assertThat(schemas.get("Problem").get("properties").has("errors")).isTrue();
    }

    @Test
    void aBatchItemErrorIsDocumentedWithItsPlaceAndItsOwnErrorShape() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        JsonNode item = schemas.get("BatchItemError").get("properties");
        assertThat(item.has("index")).isTrue();
        assertThat(item.has("line")).isTrue();
        String ref = item.get("error").get("$ref").asString();
        JsonNode error = schemas.get(ref.substring(ref.lastIndexOf('/') + 1)).get("properties");
        // {message, errors}, not the RFC 9457 Problem that 4xx answers carry
        assertThat(error.has("message")).isTrue();
        assertThat(error.has("errors")).isTrue();
        assertThat(error.has("status")).isFalse();
    }
}
