package org.pledgescope.verdict;

/**
 * Why a pack gave no verdict: {@code kind} is {@code RULE_FAILED} (a rule's condition or action threw) or
 * {@code TIME_LIMIT} (the rules ran past the evaluation time limit); {@code rule} names the rule that was firing,
 * if any; {@code message} says what happened in one line. It never carries the data the rules were working on.
 */
public record EvaluationError(String kind, String rule, String message) {}
