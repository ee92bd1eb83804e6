package org.pledgescope.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before its Spring context starts, where Debian's Chromium is missing; the reason
 * (how to install it) shows in the test report, and once on stderr.
 */
final class NeedsChromium implements ExecutionCondition {
    private static boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.available()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        synchronized (NeedsChromium.class) {
            if (!told) {
                System.err.println(Browser.HOW_TO_INSTALL);
                told = true;
            }
        }
        return ConditionEvaluationResult.disabled(Browser.HOW_TO_INSTALL);
    }
}
