package org.pledgescope.api.ruleset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pledgescope.evaluation.RuleSet;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code PledgeScope-Revision} on every response: the revision served when the request arrived, so a client or a load
 * balancer sees a mixed fleet. An answer made on a rule set (a decision, the rule set's view) sets it again from that
 * rule set ({@link #set}), so the header and the body never name two revisions.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RevisionHeader extends OncePerRequestFilter {
    public static final String NAME = "PledgeScope-Revision";

    private final RuleSetHolder holder;

    RevisionHeader(RuleSetHolder holder) {
        this.holder = holder;
    }

    /** Names {@code revision} (null: none) as the one the response was made on. */
    public static void set(HttpServletResponse response, String revision) {
        if (revision == null) {
            return;
        }
        if (!response.isCommitted()) {
            response.setHeader(NAME, revision);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        set(response, holder.current().map(RuleSet::revision).orElse(null));
        chain.doFilter(request, response);
    }
}
