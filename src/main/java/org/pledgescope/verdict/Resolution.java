package org.pledgescope.verdict;

import java.util.List;
import java.util.Map;

/**
 * The verdict over every world, what decides it, and every finding any world produced. {@code presumed}: the presumed
 * readings the verdict was computed under (questions raised and not assumed); {@code presumptions}: those of them whose
 * reading decides the verdict of some world, with the verdict under each reading.
 */
public record Resolution(
        Verdict verdict,
        List<QuestionReport> openQuestions,
        List<MissingFact> missingFacts,
        List<Finding> findings,
        Map<String, String> presumed,
        List<QuestionReport> presumptions) {}
