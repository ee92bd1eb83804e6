package org.pledgescope.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.query.FieldError;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.query.QueryBinder;
import org.pledgescope.text.InvalidUtf8Exception;
import org.pledgescope.text.Utf8;
import org.pledgescope.vocabulary.Vocabulary;
import org.pledgescope.yaml.YamlMap;
import org.pledgescope.yaml.YamlNode;

/**
 * Reads suite files into {@link Suite}s, checking everything before anything runs: an unknown key anywhere,
 * a query that does not validate, or an id the loaded packs do not declare is a {@link SuiteLoadException}
 * listing every problem as {@code file:line: message}. No suite is ever half loaded.
 */
public final class SuiteLoader {
    static final Set<String> SUITE_KEYS = Set.of("suite", "pledge", "defaults", "scenarios");
    static final Set<String> SCENARIO_KEYS = Set.of("name", "query", "expect");

    private final QueryBinder binder;

    public SuiteLoader(Clock clock) {
        this.binder = new QueryBinder(clock);
    }

    /** A suite as read, before its queries are bound to the loaded packs' vocabulary. */
    record Draft(String file, String title, List<DraftScenario> scenarios) {}

    /** A scenario as read: its query still the YAML tree it was merged from. */
    record DraftScenario(
            String file,
            int line,
            String suite,
            String name,
            String label,
            QueryNode queryNode,
            Expectation expect,
            YamlNode expectNode) {}

    /** Every suite in the given files and directories (searched for {@code *.yaml}), in path order. */
    public List<Suite> load(List<Path> paths, RuleSet rules) {
        return read(paths).resolve(rules);
    }

    /**
     * Reads and checks the suites as far as possible without the packs (so a caller may compile the packs
     * meanwhile); {@link ParsedSuites#resolve} then checks the ids they use against the loaded packs.
     */
    public ParsedSuites read(List<Path> paths) {
        Problems problems = new Problems();
        List<Draft> suites = new ArrayList<>();
        for (Path path : SuiteFiles.find(paths, problems)) {
            try {
                Draft suite = parse(path.toString(), Utf8.decode(Files.readAllBytes(path)), problems);
                if (suite != null) {
                    suites.add(suite);
                }
            } catch (InvalidUtf8Exception e) {
                problems.add(path.toString(), e.line(), e.getMessage() + "; save the file as UTF-8");
            } catch (IOException e) {
                problems.add(path.toString(), 0, "cannot read the suite: " + e.getMessage());
            }
        }
        return new ParsedSuites(suites, problems.sorted(), binder);
    }

    /**
     * One suite from its text, with its problems added to {@code problems}; null when it is not even a YAML mapping.
     * The checks that need the packs wait for {@link ParsedSuites#resolve}.
     */
    Draft parse(String file, String text, Problems problems) {
        Problems mine = new Problems();
        YamlMap suite = YamlMap.of(YamlNode.parse(file, text, mine), mine, "the suite", SUITE_KEYS);
        List<DraftScenario> scenarios = new ArrayList<>();
        if (suite != null) {
            String title = suite.string("suite", true);
            String pledge = suite.string("pledge", false);
            YamlNode defaults = suite.get("defaults");
            if (defaults != null && !defaults.isMap()) {
                mine.add(file, defaults.line(), "'defaults' must be a mapping of query fields");
            }
            List<YamlNode> nodes = suite.list("scenarios", true);
            if (nodes.isEmpty() && suite.has("scenarios")) {
                suite.problem("scenarios", "a suite needs at least one scenario");
            }
            Context context = new Context(file, title, pledge, suite.lineOf("pledge"), defaults, new HashSet<>(), mine);
            for (YamlNode node : nodes) {
                DraftScenario s = scenario(node, context);
                if (s != null) {
                    scenarios.add(s);
                }
            }
        }
        problems.addAll(mine.sorted().stream().distinct().toList());
        // A suite with problems is kept, so that the checks needing the packs (its queries' values, the ids it names)
        // report theirs in the same run; a suite with any problem never runs (ParsedSuites#resolve).
        return suite == null ? null : new Draft(file, suite.string("suite", false), scenarios);
    }

    /** What every scenario of one suite shares while it is read. */
    private record Context(
            String file,
            String title,
            String pledge,
            int pledgeLine,
            YamlNode defaults,
            Set<String> names,
            Problems problems) {}

    private DraftScenario scenario(YamlNode node, Context c) {
        String file = c.file();
        Problems problems = c.problems();
        YamlMap s = YamlMap.of(node, problems, "a scenario", SCENARIO_KEYS);
        if (s == null) {
            return null;
        }
        String name = s.string("name", true);
        if (name != null && !c.names().add(name)) {
            s.problem("name", "another scenario of this suite is already named '" + name + "'");
        }
        String label = name == null ? "the scenario at line " + s.line() : "scenario '" + name + "'";
        if (!s.has("query")) {
            problems.add(file, s.line(), "missing 'query' in " + label);
        } else if (!s.get("query").isMap()) {
            problems.add(file, s.get("query").line(), "'query' in " + label + " must be a mapping");
        }
        if (!s.has("expect")) {
            problems.add(file, s.line(), "missing 'expect' in " + label);
        }
        Expectation expect = new ExpectationParser(problems).parse(s.get("expect"));
        QueryNode queryNode = new QueryNode(s.lineOf("query"))
                .put("pledge", c.pledge(), c.pledgeLine(), "the suite's pledge")
                .merge(c.defaults(), "the suite's defaults")
                .merge(s.get("query"), null);
        return s.has("query") && s.get("query").isMap()
                ? new DraftScenario(file, s.line(), c.title(), name, label, queryNode, expect, s.get("expect"))
                : null;
    }

    /** The scenario's query bound to {@code vocabulary}, or null with each problem added at its line. */
    static Query bind(QueryBinder binder, DraftScenario d, Vocabulary vocabulary, Problems problems) {
        QueryNode queryNode = d.queryNode();
        try {
            return binder.bind(queryNode.json(), vocabulary);
        } catch (InvalidQueryException e) {
            for (FieldError error : e.errors()) {
                String origin = queryNode.originOf(error.field());
                problems.add(
                        d.file(),
                        queryNode.lineOf(error.field()),
                        "invalid query in " + (origin == null ? d.label() : origin) + ": " + error);
            }
            return null;
        }
    }
}
