package org.pledgescope.verdict;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.pledgescope.json.Streaming;
import org.pledgescope.query.Query;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Decisions as JSON, written straight to a generator: the same JSON as the records' own (Jackson's, by their
 * annotations; {@code ResultJsonTest} compares the two on random decisions), without the data binding a one-shot run
 * would spend its start loading. What a class of results shares ({@link RenderedList}, {@link RenderedResult}) is
 * written once and copied after.
 */
public final class ResultJson {
    private static final JsonFactory FACTORY = Streaming.FACTORY;

    private ResultJson() {}

    /** Each thread's buffer for {@link #bytes}: a batch writes a decision a line, and one buffer serves them all. */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(8192));

    /** A decision as UTF-8 JSON. */
    public static byte[] bytes(Decision d) {
        ByteArrayOutputStream out = BUFFER.get();
        out.reset();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            decision(g, d);
        }
        if (out.size() > 1 << 20) {
            BUFFER.remove(); // an unusually long decision: its buffer is not kept
        }
        return out.toByteArray();
    }

    /** Anything a rendered list may hold, as UTF-8 JSON (a list: its elements in an array). */
    static byte[] bytesOf(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            any(g, value);
        }
        return out.toByteArray();
    }

    public static void decision(JsonGenerator g, Decision d) {
        g.writeStartObject();
        string(g, "decisionId", d.decisionId(), true);
        string(g, "rulesetRevision", d.rulesetRevision(), true);
        g.writeName("query");
        if (d.query() == null) {
            g.writeNull();
        } else {
            Query.write(d.query(), g);
        }
        g.writeName("results");
        list(g, d.results());
        g.writeEndObject();
    }

    /** A list property's value: a rendered list's kept JSON, else its elements. */
    private static void list(JsonGenerator g, List<?> list) {
        if (list == null) {
            g.writeNull();
        } else if (list instanceof RenderedResult r) {
            r.write(g);
        } else if (list instanceof RenderedList<?> r) {
            g.writeRawValue(r.json());
        } else {
            g.writeStartArray();
            for (Object o : list) {
                any(g, o);
            }
            g.writeEndArray();
        }
    }

    private static void any(JsonGenerator g, Object o) {
        if (o == null) {
            g.writeNull();
        } else if (o instanceof String s) {
            g.writeString(s);
        } else if (o instanceof PledgeResult r) {
            result(g, r);
        } else if (o instanceof Reason r) {
            reason(g, r);
        } else if (o instanceof MissingFact m) {
            missing(g, m);
        } else if (o instanceof QuestionReport q) {
            question(g, q);
        } else if (o instanceof UnusedAssumption u) {
            unused(g, u);
        } else if (o instanceof FactAnswer a) {
            answer(g, a);
        } else if (o instanceof ReadingVerdict r) {
            reading(g, r);
        } else if (o instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object e : c) {
                any(g, e);
            }
            g.writeEndArray();
        } else if (o instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (o instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (o instanceof LocalDate d) {
            g.writeString(d.toString());
        } else {
            throw new IllegalArgumentException("no JSON for a " + o.getClass().getSimpleName());
        }
    }

    /** {@code PledgeResult}: every property but the null ones. */
    static void result(JsonGenerator g, PledgeResult r) {
        g.writeStartObject();
        string(g, "pledge", r.pledge(), false);
        enumValue(g, "verdict", r.verdict());
        string(g, "because", r.because(), false);
        listProperty(g, "reasons", r.reasons());
        listProperty(g, "openQuestions", r.openQuestions());
        listProperty(g, "missingFacts", r.missingFacts());
        map(g, "assumed", r.assumed());
        listProperty(g, "assumedWithoutEffect", r.assumedWithoutEffect());
        map(g, "presumed", r.presumed());
        listProperty(g, "presumptions", r.presumptions());
        if (r.term() != null) {
            g.writeName("term");
            term(g, r.term());
        }
        listProperty(g, "knownStatements", r.knownStatements());
        listProperty(g, "amendmentsNotYetApplying", r.amendmentsNotYetApplying());
        listProperty(g, "rulesFired", r.rulesFired());
        g.writeNumberProperty("worldsEvaluated", r.worldsEvaluated());
        if (r.error() != null) {
            g.writeName("error");
            g.writeStartObject();
            string(g, "kind", r.error().kind(), true);
            string(g, "rule", r.error().rule(), true);
            string(g, "message", r.error().message(), true);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void listProperty(JsonGenerator g, String name, List<?> list) {
        if (list != null) {
            g.writeName(name);
            list(g, list);
        }
    }

    /** {@code Reason}: every property but null, empty strings and empty lists. */
    private static void reason(JsonGenerator g, Reason r) {
        g.writeStartObject();
        nonEmpty(g, "rule", r.rule());
        enumValue(g, "effect", r.effect());
        nonEmpty(g, "clause", r.clause());
        nonEmpty(g, "quote", r.quote());
        nonEmpty(g, "question", r.question());
        if (r.dependsOn() != null && !r.dependsOn().isEmpty()) {
            g.writeName("dependsOn");
            list(g, r.dependsOn());
        }
        if (r.source() != null) {
            g.writeName("source");
            Source s = r.source();
            g.writeStartObject();
            string(g, "statement", s.statement(), false);
            string(g, "title", s.title(), false);
            string(g, "publisher", s.publisher(), false);
            date(g, "published", s.published());
            string(g, "url", s.url(), false);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {@code MissingFact}: its verdicts always, the rest but null and empty. */
    private static void missing(JsonGenerator g, MissingFact m) {
        g.writeStartObject();
        nonEmpty(g, "field", m.field());
        g.writeName("verdicts");
        if (m.verdicts() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            for (Map.Entry<String, Verdict> e : m.verdicts().entrySet()) {
                enumValue(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (m.answers() != null && !m.answers().isEmpty()) {
            g.writeName("answers");
            list(g, m.answers());
        }
        if (m.openQuestions() != null && !m.openQuestions().isEmpty()) {
            g.writeName("openQuestions");
            list(g, m.openQuestions());
        }
        g.writeEndObject();
    }

    /** {@code FactAnswer}: every property but the null ones. */
    private static void answer(JsonGenerator g, FactAnswer a) {
        g.writeStartObject();
        if (a.value() != null) {
            g.writeName("value");
            any(g, a.value());
        }
        date(g, "from", a.from());
        date(g, "until", a.until());
        listProperty(g, "notIn", a.notIn());
        if (a.example() != null) {
            g.writeName("example");
            any(g, a.example());
        }
        enumValue(g, "verdict", a.verdict());
        g.writeEndObject();
    }

    /** {@code QuestionReport} and its readings: every property, null ones too. */
    private static void question(JsonGenerator g, QuestionReport q) {
        g.writeStartObject();
        string(g, "id", q.id(), true);
        string(g, "question", q.question(), true);
        g.writeName("raisedBy");
        list(g, q.raisedBy());
        g.writeName("readings");
        list(g, q.readings());
        g.writeEndObject();
    }

    private static void reading(JsonGenerator g, ReadingVerdict r) {
        g.writeStartObject();
        string(g, "id", r.id(), true);
        string(g, "says", r.says(), true);
        g.writeName("effect");
        if (r.effect() == null) {
            g.writeNull();
        } else {
            g.writeString(r.effect().name());
        }
        g.writeName("verdict");
        if (r.verdict() == null) {
            g.writeNull();
        } else {
            g.writeString(r.verdict().name());
        }
        g.writeEndObject();
    }

    /** {@code UnusedAssumption}: every property but the null ones. */
    private static void unused(JsonGenerator g, UnusedAssumption u) {
        g.writeStartObject();
        string(g, "question", u.question(), false);
        string(g, "reading", u.reading(), false);
        string(g, "settledBy", u.settledBy(), false);
        string(g, "settledReading", u.settledReading(), false);
        g.writeEndObject();
    }

    /** {@code TermReport}: every property but the null ones. */
    private static void term(JsonGenerator g, TermReport t) {
        g.writeStartObject();
        date(g, "from", t.from());
        date(g, "until", t.until());
        g.writeBooleanProperty("untilFurtherNotice", t.untilFurtherNotice());
        string(g, "setBy", t.setBy(), false);
        string(g, "clause", t.clause(), false);
        g.writeEndObject();
    }

    private static void map(JsonGenerator g, String name, Map<String, String> map) {
        if (map == null) {
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        for (Map.Entry<String, String> e : map.entrySet()) {
            string(g, e.getKey(), e.getValue(), true);
        }
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value, boolean nullToo) {
        if (value != null) {
            g.writeStringProperty(name, value);
        } else if (nullToo) {
            g.writeName(name);
            g.writeNull();
        }
    }

    private static void nonEmpty(JsonGenerator g, String name, String value) {
        if (value != null && !value.isEmpty()) {
            g.writeStringProperty(name, value);
        }
    }

    private static void enumValue(JsonGenerator g, String name, Enum<?> value) {
        if (value != null) {
            g.writeStringProperty(name, value.name());
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate value) {
        if (value != null) {
            g.writeStringProperty(name, value.toString());
        }
    }
}
