package org.pledgescope.verdict;

import java.util.List;

/** The verdict over every world, what decides it, and every finding any world produced. */
public record Resolution(
        Verdict verdict, List<QuestionReport> openQuestions, List<MissingFact> missingFacts, List<Finding> findings) {}
