package org.pledgescope.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.engine.RuleDescriptions.Comparison;
import org.pledgescope.engine.RuleDescriptions.ParsedRule;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Statement;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.FactKind;

/**
 * Checks every comparison a pack's rules make against the vocabulary, so a rule that could never match is a
 * load error at its line rather than a silent non-match: the fact must be one the pack reads, a literal must be
 * one of the fact's values (a country an ISO code), a value set must be one of the fact's, and a
 * {@code Known(statement == "…")} must name a statement of the pack. Also records which values each fact is
 * compared with, which the evaluator uses to split "some other country" from the ones the rules name.
 */
final class VocabularyCheck {
    private static final Pattern FACT_CALL = Pattern.compile("fact\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Pack pack;
    private final Map<String, Fact> facts = new TreeMap<>();
    private final Map<String, Set<String>> literals = new TreeMap<>();

    VocabularyCheck(Pack pack, List<Fact> factsOfPack) {
        this.pack = pack;
        factsOfPack.forEach(f -> facts.put(f.path(), f));
    }

    /** Values the rules compare each fact with, by vocabulary path. */
    Map<String, Set<String>> literals() {
        return literals;
    }

    void check(List<ParsedRule> rules, Problems problems) {
        for (ParsedRule rule : rules) {
            for (Comparison c : rule.comparisons()) {
                int line = c.line() > 0 ? c.line() : rule.line();
                String message = "Use".equals(c.type()) ? checkUse(c) : "Known".equals(c.type()) ? checkKnown(c) : null;
                if (message != null) {
                    problems.add(rule.file().path(), line, message);
                }
            }
        }
    }

    private String checkUse(Comparison c) {
        String path = path(c.left());
        if (path == null) {
            return null;
        }
        Fact fact = facts.get(path);
        if (fact == null) {
            return "'" + path + "' is not a fact of the vocabulary or of this pack; facts: " + facts.keySet();
        }
        if (fact.kind() == FactKind.TEXT) {
            return "'" + path + "' is free text, which rules do not read";
        }
        boolean member = c.operator().endsWith("memberOf");
        if (member) {
            if (!fact.sets().containsKey(c.right())) {
                return "'" + c.right() + "' is not a value set of " + path + "; its sets: "
                        + fact.sets().keySet();
            }
            literals.computeIfAbsent(path, k -> new TreeSet<>())
                    .addAll(fact.sets().get(c.right()));
            return null;
        }
        if (!c.literal() || c.right().equals("null")) {
            return null;
        }
        String value = c.value();
        literals.computeIfAbsent(path, k -> new TreeSet<>()).add(value);
        return switch (fact.kind()) {
            case ENUMERATION ->
                fact.hasValue(value)
                        ? null
                        : "'" + value + "' is not a value of " + path + fact.suggest(value) + "; values: "
                                + fact.valueIds();
            case COUNTRY ->
                COUNTRIES.contains(value)
                        ? null
                        : "'" + value + "' is not a value of " + path + " (ISO 3166-1 alpha-2, e.g. US)";
            case BOOLEAN ->
                value.equals("true") || value.equals("false")
                        ? null
                        : "'" + value + "' is not a value of " + path + " (true or false)";
            case DATE, TEXT -> null; // a date in DRL is refused by the compiler's own check
        };
    }

    private String checkKnown(Comparison c) {
        if (!c.left().equals("statement") || !c.literal()) {
            return null;
        }
        String id = c.value();
        return pack.statement(id).isPresent()
                ? null
                : "'" + id + "' is not a statement of this pack; statements: "
                        + pack.statements().stream().map(Statement::id).toList();
    }

    /** The vocabulary path a constraint's left side reads, or null when it reads none. */
    private static String path(String left) {
        Matcher m = FACT_CALL.matcher(left);
        if (m.matches()) {
            return m.group(1);
        }
        if (!left.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
            return null;
        }
        String path = Use.FIELDS.get(left);
        return path != null ? path : left.equals("this") || left.equals("facts") ? null : left;
    }
}
