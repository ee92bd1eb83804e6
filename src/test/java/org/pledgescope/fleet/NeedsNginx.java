package org.pledgescope.fleet;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips the fleet test where nginx is missing, saying how to install it (in the report, and once on stderr). */
final class NeedsNginx implements ExecutionCondition {
    private static boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Nginx.binary() != null) {
            return ConditionEvaluationResult.enabled("nginx is installed: " + Nginx.binary());
        }
        synchronized (NeedsNginx.class) {
            if (!told) {
                System.err.println(Nginx.HOW_TO_INSTALL);
                told = true;
            }
        }
        return ConditionEvaluationResult.disabled(Nginx.HOW_TO_INSTALL);
    }
}
