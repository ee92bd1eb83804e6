package org.pledgescope.api;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code pledgescope.*} settings of the service.
 *
 * @param rules          rules directory; null means {@code rules/} here if it exists, else the bundled packs
 * @param watch          reload when files in the rules directory change
 * @param watchDebounce  quiet time after the last change before reloading
 * @param adminToken     bearer token for {@code POST /v1/ruleset/reload}; unset disables reloading over HTTP
 * @param maxBody        largest body of a single query
 * @param maxBatchBody   largest body of a JSON-array batch
 * @param maxBatchItems  most queries in a JSON-array batch
 * @param decisionLog    file to write one JSON line per decision to; unset turns the decision log off
 */
@ConfigurationProperties("pledgescope")
record ApiProperties(
        Path rules,
        @DefaultValue("false") boolean watch,
        @DefaultValue("200ms") Duration watchDebounce,
        String adminToken,
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("16MB") DataSize maxBatchBody,
        @DefaultValue("10000") int maxBatchItems,
        Path decisionLog) {
}
