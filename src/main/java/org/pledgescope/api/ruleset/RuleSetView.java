package org.pledgescope.api.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.pledgescope.bundle.BundleManifest;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;

/**
 * What {@code GET /v1/ruleset} shows: the rule set served (null if none loaded), the revision served before it (once
 * a reload has brought a new one; see {@code GET /v1/pledges/{id}/diff/previous}), the last load error, and on a
 * replica serving bundles the bundle's manifest and status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RuleSetView(
        String revision,
        Instant loadedAt,
        String location,
        List<PackInfo> packs,
        String previousRevision,
        LoadError lastReloadError,
        BundleView bundle) {

    /**
     * A replica serving bundles: where they come from, the manifest of the bundle served (null until one loads), when
     * it was swapped in, the packs compiled here, the last poll, and why the last bundle fetched was refused.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record BundleView(
            String source,
            BundleManifest manifest,
            Instant loadedAt,
            List<String> compiledHere,
            BundleStatus.Poll lastPoll,
            BundleError lastError) {

        static BundleView of(BundleStatus status, RuleSet served, Disclosure disclosure) {
            BundleStatus.Active active = status.active();
            if (active != null
                    && (served == null || !active.manifest().revision().equals(served.revision()))) {
                active = null; // caught between the swap and its record: the manifest is shown on the next read
            }
            BundleStatus.Failure error = status.lastError();
            return new BundleView(
                    status.source(),
                    active == null ? null : active.manifest(),
                    active == null ? null : active.loadedAt(),
                    active == null ? List.of() : active.compiledHere(),
                    status.lastPoll(),
                    error == null
                            ? null
                            : new BundleError(
                                    error.at(),
                                    error.check(),
                                    error.message(),
                                    error.problems().stream()
                                            .map(disclosure::problem)
                                            .toList()));
        }
    }

    /** A bundle refused (or not fetched): when, the check that failed, why, and the rules' problems if they failed. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record BundleError(Instant at, String check, String message, List<String> problems) {}

    record PackInfo(String id, String title, int rules, int statements, int openQuestions) {
        static PackInfo of(LoadedPack p) {
            return new PackInfo(
                    p.pack().id(),
                    p.pack().title(),
                    p.rules().size(),
                    p.pack().statements().size(),
                    p.pack().questions().size());
        }
    }

    /** When the last load or reload failed, and every problem as {@code file:line: message}. */
    record LoadError(Instant at, List<String> problems) {}

    /** The view for a caller with the admin token ({@code admin}) or without (see {@link Disclosure}). */
    static RuleSetView of(RuleSetHolder holder, boolean admin) {
        return of(holder, null, Disclosure.of(holder, admin));
    }

    /** The view as {@code disclosure} lets it be shown, with the bundles' status on a replica that serves them. */
    static RuleSetView of(RuleSetHolder holder, BundleStatus bundles, Disclosure disclosure) {
        LoadError error = holder.lastFailure()
                .map(f -> new LoadError(
                        f.at(), f.problems().stream().map(disclosure::problem).toList()))
                .orElse(null);
        RuleSet rules = holder.current().orElse(null);
        BundleView bundle =
                bundles != null && holder.servesBundles() ? BundleView.of(bundles, rules, disclosure) : null;
        if (rules == null) {
            return new RuleSetView(null, null, null, List.of(), null, error, bundle);
        }
        return new RuleSetView(
                rules.revision(),
                rules.loadedAt(),
                disclosure.location(rules.location()),
                rules.packs().stream().map(PackInfo::of).toList(),
                holder.previous().map(RuleSet::revision).orElse(null),
                error,
                bundle);
    }
}
