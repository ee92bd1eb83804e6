package org.pledgescope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pledgescope.pack.SourceFile;

/**
 * A pack's rules as data: what {@link RuleAllowlist} accepted, with no Drools type in it. Every rule is a tree of
 * patterns over the engine's fact types joined by and, or, not and exists; every constraint compares a field with
 * a literal, a list of literals, a value set, a constant or a bound variable; every action is one of the few
 * statements a rule may make. The engine compiles exactly what this describes, and the decision table's classes are
 * derived from it (which values of a fact the rules can tell apart).
 */
public record RuleModel(List<Rule> rules, List<String> declaredTypes) {
    public RuleModel {
        rules = List.copyOf(rules);
        declaredTypes = List.copyOf(declaredTypes);
    }

    /** One rule: its name, where it is written, what it cites, its conditions and its actions. */
    public record Rule(
            String name, SourceFile file, int line, String clause, String question, Condition when, List<Action> then) {
        public Rule {
            then = List.copyOf(then);
        }

        /** Every comparison the rule's conditions make, with the type of the pattern it is in. */
        public List<Typed> comparisons() {
            List<Typed> out = new ArrayList<>();
            when.patterns(p -> p.constraint().comparisons(c -> out.add(new Typed(p.type(), p.line(), c))));
            return out;
        }

        /** Every variable the rule's conditions bind, with what it is bound to. */
        public List<Bound> bindings() {
            List<Bound> out = new ArrayList<>();
            when.patterns(p -> {
                if (p.binding() != null) {
                    out.add(new Bound(p.binding(), p.type(), null));
                }
                p.constraint().bindings(b -> out.add(new Bound(b.variable(), p.type(), b.field())));
            });
            return out;
        }
    }

    /** A comparison and the type of the pattern it constrains ({@code Use}, {@code Known}, …) and its line. */
    public record Typed(String type, int line, Compare compare) {}

    /** A variable: bound to a whole pattern of {@code type} ({@code field} null) or to one of its fields. */
    public record Bound(String variable, String type, Operand field) {}

    /** A rule's conditions. */
    public sealed interface Condition permits All, Any, Not, Exists, Match {
        /** Calls {@code visit} for every pattern in this condition, in order. */
        void patterns(Consumer<Match> visit);
    }

    /** Every condition holds ({@code and}; the rule's conditions as written one after another). */
    public record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public void patterns(Consumer<Match> visit) {
            parts.forEach(p -> p.patterns(visit));
        }
    }

    /** One of the conditions holds ({@code or}). */
    public record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public void patterns(Consumer<Match> visit) {
            parts.forEach(p -> p.patterns(visit));
        }
    }

    /** No fact matches ({@code not}). */
    public record Not(Condition part) implements Condition {
        @Override
        public void patterns(Consumer<Match> visit) {
            part.patterns(visit);
        }
    }

    /** Some fact matches ({@code exists}). */
    public record Exists(Condition part) implements Condition {
        @Override
        public void patterns(Consumer<Match> visit) {
            part.patterns(visit);
        }
    }

    /** A pattern: a fact of {@code type} (bound to {@code binding} when not null) meeting {@code constraint}. */
    public record Match(String type, String binding, Constraint constraint, int line) implements Condition {
        @Override
        public void patterns(Consumer<Match> visit) {
            visit.accept(this);
        }
    }

    /** A pattern's constraint. */
    public sealed interface Constraint permits Both, Either, Compare, Bind {
        /** Calls {@code visit} for every comparison in this constraint. */
        void comparisons(Consumer<Compare> visit);

        /** Calls {@code visit} for every binding in this constraint. */
        void bindings(Consumer<Bind> visit);
    }

    /** Every part holds ({@code ,} or {@code &&}); no parts: any fact of the type. */
    public record Both(List<Constraint> parts) implements Constraint {
        public Both {
            parts = List.copyOf(parts);
        }

        @Override
        public void comparisons(Consumer<Compare> visit) {
            parts.forEach(p -> p.comparisons(visit));
        }

        @Override
        public void bindings(Consumer<Bind> visit) {
            parts.forEach(p -> p.bindings(visit));
        }
    }

    /** One part holds ({@code ||}, and {@code x in (a, b)}, which is {@code x == a || x == b}). */
    public record Either(List<Constraint> parts) implements Constraint {
        public Either {
            parts = List.copyOf(parts);
        }

        @Override
        public void comparisons(Consumer<Compare> visit) {
            parts.forEach(p -> p.comparisons(visit));
        }

        @Override
        public void bindings(Consumer<Bind> visit) {
            parts.forEach(p -> p.bindings(visit));
        }
    }

    /**
     * {@code left operator right}: {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code memberOf}
     * or {@code not memberOf}. The left side is a field of the pattern's type.
     */
    public record Compare(Operand left, String operator, Operand right) implements Constraint {
        @Override
        public void comparisons(Consumer<Compare> visit) {
            visit.accept(this);
        }

        @Override
        public void bindings(Consumer<Bind> visit) {}
    }

    /** {@code $variable : field}: binds a field of the pattern's fact. */
    public record Bind(String variable, Operand field) implements Constraint {
        @Override
        public void comparisons(Consumer<Compare> visit) {}

        @Override
        public void bindings(Consumer<Bind> visit) {
            visit.accept(this);
        }
    }

    /** One side of a comparison. */
    public sealed interface Operand permits Field, Text, Bool, Null, Var, Constant, ValueSet {}

    /**
     * A field of the pattern's fact: for {@code Use}, the vocabulary path it reads ({@code agencyType} →
     * {@code agency.type}, {@code fact("customer.actsFor")} → {@code customer.actsFor}); for other types its name.
     */
    public record Field(String name, String path) implements Operand {}

    /** A string literal, without its quotes. */
    public record Text(String value) implements Operand {}

    /** {@code true} or {@code false}. */
    public record Bool(boolean value) implements Operand {}

    /** {@code null}. */
    public record Null() implements Operand {}

    /** A variable bound by a pattern or a binding of the rule ({@code $announced}). */
    public record Var(String name) implements Operand {}

    /** A constant of an engine type ({@code Aspect.AGENCY}). */
    public record Constant(String type, String name) implements Operand {}

    /** A value set of the vocabulary, on the right of {@code memberOf}. */
    public record ValueSet(String name) implements Operand {}

    /** A rule's action: one statement. */
    public sealed interface Action permits Report, Classify, Create, Remove {}

    /**
     * {@code outcome.prohibits($a, …)}, {@code exempts}, {@code open} or {@code limits}: a finding, given the scopes
     * bound to {@code scopes}.
     */
    public record Report(String kind, List<String> scopes, int line) implements Action {
        public Report {
            scopes = List.copyOf(scopes);
        }
    }

    /** {@code insert(outcome.inScope(Aspect.X))} (or {@code insertLogical}). */
    public record Classify(String aspect, boolean logical, int line) implements Action {}

    /** {@code insert(new Declared())} (or {@code insertLogical}): a fact of a type the file declares. */
    public record Create(String type, boolean logical, int line) implements Action {}

    /** {@code delete($fact)} or {@code retract($fact)}. */
    public record Remove(String variable, int line) implements Action {}
}
