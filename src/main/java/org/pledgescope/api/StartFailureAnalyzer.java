package org.pledgescope.api;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A setting the service cannot start with (a decision log path it cannot write) is a known failure: reported by
 * {@code serve} in one line, not logged with a stack trace.
 */
class StartFailureAnalyzer extends AbstractFailureAnalyzer<UnusableSettingException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnusableSettingException cause) {
        return new FailureAnalysis(cause.getMessage(), "Change the setting and start again.", cause);
    }
}
