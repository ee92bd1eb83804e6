package org.pledgescope.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The one JSON configuration shared by the CLI, the scenario runner and the API: ISO dates, strict input (an
 * unknown property, and a key given twice in one object, are errors: the last would otherwise win silently).
 */
public final class Json {
    private Json() {}

    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(new BlackbirdModule());
    }

    public static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();
}
