package org.pledgescope.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgescope.diagnostics.Problems;
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

    void check(RuleModel model, Problems problems) {
        for (RuleModel.Rule rule : model.rules()) {
            for (RuleModel.Typed c : rule.comparisons()) {
                String message = "Use".equals(c.type())
                        ? checkUse(c.compare())
                        : "Known".equals(c.type()) ? checkKnown(c.compare()) : null;
                if (message != null) {
                    problems.add(rule.file().path(), c.line() > 0 ? c.line() : rule.line(), message);
                }
            }
            for (RuleModel.Bound b : rule.bindings()) {
                if ("Use".equals(b.type()) && b.field() instanceof RuleModel.Field f) {
                    String message = known(f.path());
                    if (message != null) {
                        problems.add(rule.file().path(), rule.line(), message);
                    }
                }
            }
        }
    }

    private String known(String path) {
        Fact fact = facts.get(path);
        if (fact == null) {
            return "'" + path + "' is not a fact of the vocabulary or of this pack; facts: " + facts.keySet();
        }
        return fact.kind() == FactKind.TEXT ? "'" + path + "' is free text, which rules do not read" : null;
    }

    private String checkUse(RuleModel.Compare c) {
        String path = ((RuleModel.Field) c.left()).path();
        String unknown = known(path);
        if (unknown != null) {
            return unknown;
        }
        if (c.right() instanceof RuleModel.Field other) {
            return known(other.path());
        }
        Fact fact = facts.get(path);
        if (c.right() instanceof RuleModel.ValueSet set) {
            if (!fact.sets().containsKey(set.name())) {
                return "'" + set.name() + "' is not a value set of " + path + "; its sets: "
                        + fact.sets().keySet();
            }
            literals.computeIfAbsent(path, k -> new TreeSet<>())
                    .addAll(fact.sets().get(set.name()));
            return null;
        }
        String value;
        if (c.right() instanceof RuleModel.Text t) {
            value = t.value();
        } else if (c.right() instanceof RuleModel.Bool b) {
            value = String.valueOf(b.value());
        } else {
            return null;
        }
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

    private String checkKnown(RuleModel.Compare c) {
        if (!(c.left() instanceof RuleModel.Field f)
                || !f.name().equals("statement")
                || !(c.right() instanceof RuleModel.Text t)) {
            return null;
        }
        return pack.statement(t.value()).isPresent()
                ? null
                : "'" + t.value() + "' is not a statement of this pack; statements: "
                        + pack.statements().stream().map(Statement::id).toList();
    }
}
