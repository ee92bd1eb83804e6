package org.pledgescope.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pledgescope.api.ruleset.RuleSetHolder;
import org.pledgescope.json.Json;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The OpenAPI document: title, the admin token scheme, and the queries of {@code examples/queries/} as examples. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI pledgeScopeOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("PledgeScope API")
                        .version("v1")
                        .description("Does a company's public pledge about its technology cover a given use?"))
                .components(new Components()
                        .addSecuritySchemes(
                                "admin-token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")));
    }

    /**
     * Every operation's refusals, as RFC 9457 problem+json with the {@code errors} list: 400 and 413 for what a
     * caller sends, 404 for an unknown id, 503 while no rule set is loaded, and the reload's 401/404/422.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents()
                    .addSchemas(
                            "FieldError",
                            new ObjectSchema()
                                    .addProperty(
                                            "field",
                                            new StringSchema()
                                                    .description("Dotted path of the field, or a header, or \"\""))
                                    .addProperty("message", new StringSchema()));
            openApi.getComponents()
                    .addSchemas(
                            "Problem",
                            new ObjectSchema()
                                    .description("RFC 9457 problem details with every problem found")
                                    .addProperty("title", new StringSchema())
                                    .addProperty("status", new IntegerSchema())
                                    .addProperty("detail", new StringSchema())
                                    .addProperty("instance", new StringSchema())
                                    .addProperty(
                                            "errors",
                                            new ArraySchema()
                                                    .items(new Schema<>().$ref("#/components/schemas/FieldError"))));
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                        Map<String, String> statuses = new LinkedHashMap<>();
                        if (method == PathItem.HttpMethod.POST) {
                            statuses.put(
                                    "400",
                                    "The request is malformed or a query is invalid; errors lists every problem");
                            statuses.put("413", "The request is larger than the service accepts");
                            statuses.put("415", "Unsupported Content-Type");
                        }
                        if (path.contains("{id}")) {
                            statuses.put("404", "No pledge with this id is loaded");
                        }
                        if (path.endsWith("/reload")) {
                            statuses.put("401", "A valid admin token is required");
                            statuses.put("404", "Reloading over HTTP is disabled");
                            statuses.put("422", "The rule set could not be loaded; the old one keeps serving");
                        } else if (!path.equals("/v1/ruleset")) {
                            statuses.put("503", "No rule set is loaded");
                        }
                        // An operation's own declaration of a status (a more exact description) is kept.
                        statuses.keySet().removeIf(op.getResponses()::containsKey);
                        statuses.forEach(
                                (status, description) -> op.getResponses()
                                        .addApiResponse(
                                                status,
                                                new ApiResponse()
                                                        .description(description)
                                                        .content(
                                                                new Content()
                                                                        .addMediaType(
                                                                                "application/problem+json",
                                                                                new MediaType()
                                                                                        .schema(
                                                                                                new Schema<>()
                                                                                                        .$ref(
                                                                                                                "#/components/schemas/Problem"))))));
                    }));
        };
    }

    /**
     * The Query schema from the served vocabulary, and GET /v1/coverage's parameters (left as introspected while no
     * rule set is loaded).
     */
    @Bean
    OpenApiCustomizer querySchema(RuleSetHolder holder) {
        return openApi -> holder.current().ifPresent(rules -> {
            VocabularySchemas.apply(openApi, rules.vocabulary());
            QueryParameterDocs.apply(openApi, rules);
        });
    }

    @Bean
    OpenApiCustomizer queryExamples() {
        return openApi -> {
            Resource[] files = examples();
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/v1/coverage")
                        || item.getPost() == null
                        || item.getPost().getRequestBody() == null) {
                    return;
                }
                MediaType json = item.getPost().getRequestBody().getContent().get("application/json");
                if (json == null) {
                    return;
                }
                for (Resource file : files) {
                    String name = Objects.requireNonNull(file.getFilename()).replace(".json", "");
                    Object query = read(file);
                    json.addExamples(
                            name, new Example().summary(name).value(path.endsWith("/batch") ? List.of(query) : query));
                }
            });
        };
    }

    private static Resource[] examples() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:examples/queries/*.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(Resource file) {
        try (var in = file.getInputStream()) {
            return Json.MAPPER.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
