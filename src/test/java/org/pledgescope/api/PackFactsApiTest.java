package org.pledgescope.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A pack's own fact is part of the served vocabulary, the OpenAPI Query schema and query validation. */
@SpringBootTest(classes = ApiServer.class, properties = "pledgescope.rules=src/test/resources/packs/pack-facts")
@AutoConfigureMockMvc
class PackFactsApiTest {
    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiQuerySchemaHasThePackFact() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Query.properties.customer['$ref']")
                        .value("#/components/schemas/Customer"))
                .andExpect(jsonPath(
                        "$.components.schemas.Customer.properties.actsFor.enum", contains("POLICE", "ITSELF")));
    }

    @Test
    void theVocabularyListsItWithThePackThatDeclaresIt() throws Exception {
        mvc.perform(get("/v1/vocabulary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts[?(@.path == 'customer.actsFor')].declaredBy[0]")
                        .value(hasItem("vendor-pledge")))
                .andExpect(jsonPath("$.facts[?(@.path == 'customer.actsFor')].kind")
                        .value(hasItem("enumeration")));
    }

    @Test
    void aBadValueIsA400ListingTheAllowedValues() throws Exception {
        mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\": {\"actsFor\": \"COPS\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customer.actsFor"))
                .andExpect(jsonPath("$.errors[0].message").value("'COPS' is not one of [POLICE, ITSELF]"));
    }
}
