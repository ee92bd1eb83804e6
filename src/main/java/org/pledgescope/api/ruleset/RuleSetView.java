package org.pledgescope.api.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;

/**
 * What {@code GET /v1/ruleset} shows: the rule set served (null if none loaded), the revision served before it (once
 * a reload has brought a new one; see {@code GET /v1/pledges/{id}/diff/previous}) and the last load error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RuleSetView(
        String revision,
        Instant loadedAt,
        String location,
        List<PackInfo> packs,
        String previousRevision,
        LoadError lastReloadError) {

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
        return of(holder, Disclosure.of(holder, admin));
    }

    /** The view as {@code disclosure} lets it be shown. */
    static RuleSetView of(RuleSetHolder holder, Disclosure disclosure) {
        LoadError error = holder.lastFailure()
                .map(f -> new LoadError(
                        f.at(), f.problems().stream().map(disclosure::problem).toList()))
                .orElse(null);
        RuleSet rules = holder.current().orElse(null);
        if (rules == null) {
            return new RuleSetView(null, null, null, List.of(), null, error);
        }
        return new RuleSetView(
                rules.revision(),
                rules.loadedAt(),
                disclosure.location(rules.location()),
                rules.packs().stream().map(PackInfo::of).toList(),
                holder.previous().map(RuleSet::revision).orElse(null),
                error);
    }
}
