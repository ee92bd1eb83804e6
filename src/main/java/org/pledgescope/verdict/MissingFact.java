package org.pledgescope.verdict;

import java.util.Map;

/** An omitted fact that decides the verdict, and the verdict for each value it could take. */
public record MissingFact(String field, Map<String, Verdict> verdicts) {
}
