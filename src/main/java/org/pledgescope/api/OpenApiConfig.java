package org.pledgescope.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
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
                .info(new Info().title("PledgeScope API").version("v1")
                        .description("Does a company's public pledge about its technology cover a given use?"))
                .components(new Components().addSecuritySchemes("admin-token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }

    @Bean
    OpenApiCustomizer queryExamples() {
        return openApi -> {
            Resource[] files = examples();
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/v1/coverage") || item.getPost() == null
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
                    json.addExamples(name, new Example().summary(name)
                            .value(path.endsWith("/batch") ? java.util.List.of(query) : query));
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
