package org.pledgescope.api.ruleset;

import java.time.Instant;
import java.util.List;
import org.pledgescope.bundle.BundleManifest;
import org.pledgescope.diagnostics.Problem;
import org.springframework.stereotype.Component;

/**
 * What a replica serving bundles knows of them: where they come from, the manifest of the bundle served (with the
 * packs compiled here because its compiled form came from another build), the last poll and the last refusal or fetch
 * failure. Written by {@link BundlePoller}; read by health, {@code GET /v1/ruleset} and the metrics.
 */
@Component
class BundleStatus {
    /** The bundle served: its manifest, when it was swapped in, and the packs this replica compiled itself. */
    record Active(BundleManifest manifest, Instant loadedAt, List<String> compiledHere) {}

    /** A poll: when, and what came of it ({@code loaded}, {@code unchanged}, {@code refused}, {@code failed}). */
    record Poll(Instant at, String outcome) {}

    /**
     * Why the last bundle fetched was not served: when, the check that failed ({@code fetch} when it could not be
     * fetched), the message, and (for the {@code rules} check) every load problem.
     */
    record Failure(Instant at, String check, String message, List<Problem> problems) {}

    private volatile String source;
    private volatile Active active;
    private volatile Poll lastPoll;
    private volatile Failure lastError;

    String source() {
        return source;
    }

    void source(String describedSource) {
        this.source = describedSource;
    }

    Active active() {
        return active;
    }

    Poll lastPoll() {
        return lastPoll;
    }

    Failure lastError() {
        return lastError;
    }

    void loaded(Active loaded, Instant at) {
        active = loaded;
        lastError = null;
        lastPoll = new Poll(at, "loaded");
    }

    void unchanged(Instant at) {
        lastPoll = new Poll(at, "unchanged");
    }

    void failed(Failure failure, String outcome) {
        lastError = failure;
        lastPoll = new Poll(failure.at(), outcome);
    }
}
