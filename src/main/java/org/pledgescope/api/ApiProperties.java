package org.pledgescope.api;

import java.nio.file.Path;
import java.time.Duration;
import org.pledgescope.batch.InputLimits;
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
 * @param ruleTimeLimit  time one pack's rules may run for one query before its result is a TIME_LIMIT error
 * @param maxLine        longest NDJSON line
 * @param maxString      longest string (value or property name) in a query, in characters
 * @param maxQueryValues most JSON values (objects, arrays, strings, numbers…) in one query
 * @param maxBatchAnswer largest answer to a JSON-array batch (and at most 32 times its request)
 * @param maxEvaluation  evaluation time one batch request (JSON or NDJSON) may spend, summed over its queries
 * @param bodyTimeout    time for the whole body of a JSON request to arrive (408 after it)
 * @param decisionLogMaxSize size past which the decision log is rotated (FILE → FILE.1 → FILE.2 …)
 * @param decisionLogKeep    rotated decision log files kept
 * @param maxRejectedLines   most lines of one NDJSON stream answered with an error: at the next, the stream stops
 *                           with a summary line
 */
@ConfigurationProperties("pledgescope")
public record ApiProperties(
        Path rules,
        @DefaultValue("false") boolean watch,
        @DefaultValue("100ms") Duration watchDebounce,
        String adminToken,
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("16MB") DataSize maxBatchBody,
        @DefaultValue("10000") int maxBatchItems,
        Path decisionLog,
        @DefaultValue("2s") Duration ruleTimeLimit,
        @DefaultValue("64KB") DataSize maxLine,
        @DefaultValue("1000") int maxString,
        @DefaultValue("500") int maxQueryValues,
        @DefaultValue("32MB") DataSize maxBatchAnswer,
        @DefaultValue("60s") Duration maxEvaluation,
        @DefaultValue("10s") Duration bodyTimeout,
        @DefaultValue("100MB") DataSize decisionLogMaxSize,
        @DefaultValue("5") int decisionLogKeep,
        @DefaultValue("1000") long maxRejectedLines) {

    public InputLimits inputLimits() {
        return new InputLimits((int) Math.min(Integer.MAX_VALUE - 8, maxLine.toBytes()), maxString, maxQueryValues);
    }
}
