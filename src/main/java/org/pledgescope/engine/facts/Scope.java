package org.pledgescope.engine.facts;

/**
 * A classification: this use falls within the pledge's reach on one {@link Aspect} — certainly when
 * {@code question} is null, or only if that open question is read broadly.
 */
public final class Scope {
    private final Aspect aspect;
    private final String question;
    private final String rule;

    public Scope(Aspect aspect, String question, String rule) {
        this.aspect = aspect;
        this.question = question;
        this.rule = rule;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public String getQuestion() {
        return question;
    }

    public String getRule() {
        return rule;
    }

    public boolean isCertain() {
        return question == null;
    }

    @Override
    public String toString() {
        return "Scope[" + aspect + (question == null ? "" : ", if " + question) + "]";
    }
}
