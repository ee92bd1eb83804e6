package org.pledgescope.pack;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.vocabulary.Fact;

/**
 * One pledge as data: the facts it declares beyond the shared vocabulary, its statements with their clauses and
 * terms, its open questions, what of the public record it leaves out and why, and the rule files (DRL) that
 * encode its logic, and the warnings its reading raised (accepted, but worth a look: {@code validate} prints them).
 * Immutable once loaded.
 */
public record Pack(
        String id,
        String title,
        String vendor,
        String product,
        List<Fact> facts,
        List<Statement> statements,
        List<OpenQuestion> questions,
        List<NotEncoded> notEncoded,
        @JsonIgnore List<SourceFile> ruleFiles,
        @JsonIgnore SourceFile manifest,
        @JsonIgnore Map<String, Clause> clauseIndex,
        @JsonIgnore List<Statement> chronological,
        @JsonIgnore List<Problem> warnings) {

    public Pack(
            String id,
            String title,
            String vendor,
            String product,
            List<Fact> facts,
            List<Statement> statements,
            List<OpenQuestion> questions,
            List<SourceFile> ruleFiles,
            SourceFile manifest) {
        this(id, title, vendor, product, facts, statements, questions, List.of(), ruleFiles, manifest);
    }

    public Pack(
            String id,
            String title,
            String vendor,
            String product,
            List<Fact> facts,
            List<Statement> statements,
            List<OpenQuestion> questions,
            List<NotEncoded> notEncoded,
            List<SourceFile> ruleFiles,
            SourceFile manifest) {
        this(
                id,
                title,
                vendor,
                product,
                List.copyOf(facts),
                statements,
                questions,
                notEncoded,
                ruleFiles,
                manifest,
                index(statements),
                statements.stream()
                        .sorted(Comparator.comparing(Statement::published).thenComparing(Statement::id))
                        .toList(),
                List.of());
    }

    /** This pack with {@code warnings}: what its reading accepted but an author should look at. */
    public Pack withWarnings(List<Problem> warnings) {
        return new Pack(
                id,
                title,
                vendor,
                product,
                facts,
                statements,
                questions,
                notEncoded,
                ruleFiles,
                manifest,
                clauseIndex,
                chronological,
                List.copyOf(warnings));
    }

    /**
     * Whether {@code other} says what this pack says: the same record (statements, questions, facts, what is left
     * out), the same rule files — though its pack.yaml may differ in what reading it drops (comments, layout, key
     * order). What the rules decide depends on nothing else, so a reload keeps such a pack's compiled rules and
     * table.
     */
    public boolean sameMeaning(Pack other) {
        return other != null
                && id.equals(other.id)
                && Objects.equals(title, other.title)
                && Objects.equals(vendor, other.vendor)
                && Objects.equals(product, other.product)
                && facts.equals(other.facts)
                && statements.equals(other.statements)
                && questions.equals(other.questions)
                && notEncoded.equals(other.notEncoded)
                && ruleFiles.equals(other.ruleFiles)
                && (manifest == null) == (other.manifest == null)
                && (manifest == null || manifest.path().equals(other.manifest.path()));
    }

    private static Map<String, Clause> index(List<Statement> statements) {
        Map<String, Clause> out = new LinkedHashMap<>();
        statements.forEach(s -> s.clauses().forEach(c -> out.put(c.id(), c)));
        return Collections.unmodifiableMap(out);
    }

    public Optional<Statement> statement(String statementId) {
        return statements.stream().filter(s -> s.id().equals(statementId)).findFirst();
    }

    public Optional<OpenQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** Every clause of every statement, by global id ({@code <statement>#<clause>}), in file order. */
    public Map<String, Clause> clauses() {
        return clauseIndex;
    }

    public Optional<Clause> clause(String clauseId) {
        return Optional.ofNullable(clauseIndex.get(clauseId));
    }

    /** The date of the pledge's first statement: contracts signed before it predate the pledge. */
    public LocalDate firstPublished() {
        return chronological.get(0).published();
    }

    /** Statements published on or before {@code day}, oldest first. */
    public List<Statement> knownOn(LocalDate day) {
        int n = 0;
        while (n < chronological.size() && !chronological.get(n).published().isAfter(day)) {
            n++;
        }
        return chronological.subList(0, n);
    }

    /**
     * Statements published on or before {@code asKnownOn} that bear on a use on {@code useDate}, oldest first:
     * an amendment known then but applying from after the use date is left out (semantics rule 6).
     */
    public List<Statement> applyingTo(LocalDate useDate, LocalDate asKnownOn) {
        List<Statement> known = knownOn(asKnownOn);
        return known.stream().allMatch(s -> s.appliesTo(useDate))
                ? known
                : known.stream().filter(s -> s.appliesTo(useDate)).toList();
    }

    /** The term set by the latest statement known on {@code day} that sets one and applies to a use that day. */
    public Optional<Statement> termSetterOn(LocalDate day) {
        return termSetter(day, day);
    }

    /** The term in force for a use on {@code useDate}: set by the latest applying statement known on {@code asKnownOn}. */
    public Optional<Statement> termSetter(LocalDate useDate, LocalDate asKnownOn) {
        List<Statement> known = applyingTo(useDate, asKnownOn);
        for (int i = known.size() - 1; i >= 0; i--) {
            if (known.get(i).term() != null) {
                return Optional.of(known.get(i));
            }
        }
        return Optional.empty();
    }
}
