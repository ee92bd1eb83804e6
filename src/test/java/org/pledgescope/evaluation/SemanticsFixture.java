package org.pledgescope.evaluation;

import org.pledgescope.TestRules;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.PledgeResult;

/** Evaluates queries against the small test pack in src/test/resources/packs/semantics. */
final class SemanticsFixture {
    static final RuleSet RULES = TestRules.load(TestRules.packs("semantics"));
    static final TestRules.Decider EVALUATOR = TestRules.evaluator(RULES);

    /** Police face search in the US in 2020, with {@code extra} JSON fields merged over the defaults. */
    static Query police(String extra) {
        String base = "'pledge':'test-pledge','useDate':'2020-06-01','asKnownOn':'2020-06-01',"
                + "'agency':{'type':'MUNICIPAL_POLICE','country':'US'},'activity':'USE',"
                + "'capability':'FACE_COMPARISON','purpose':'OTHER','contract':{'signedOn':'2020-03-01'}";
        return TestRules.query("{" + override(base, extra) + "}");
    }

    static PledgeResult result(Query q) {
        return EVALUATOR.evaluate(q).results().get(0);
    }

    static PledgeResult result(String extra) {
        return result(police(extra));
    }

    /** Replaces top-level fields of {@code base} by those in {@code extra} (simple key match). */
    private static String override(String base, String extra) {
        if (extra.isBlank()) {
            return base;
        }
        var node = (tools.jackson.databind.node.ObjectNode)
                org.pledgescope.json.Json.MAPPER.readTree(("{" + base + "}").replace('\'', '"'));
        var over = org.pledgescope.json.Json.MAPPER.readTree(("{" + extra + "}").replace('\'', '"'));
        for (var e : over.properties()) {
            if (e.getValue().isNull()) {
                node.remove(e.getKey());
            } else {
                node.set(e.getKey(), e.getValue());
            }
        }
        String s = node.toString();
        return s.substring(1, s.length() - 1);
    }

    private SemanticsFixture() {}
}
