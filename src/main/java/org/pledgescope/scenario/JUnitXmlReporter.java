package org.pledgescope.scenario;

import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI systems: a {@code testsuite} per suite file, a {@code testcase} per scenario, the
 * differences as the {@code failure}, scenarios left out by {@code --only} as {@code skipped}.
 */
public final class JUnitXmlReporter {
    private final Writer writer;

    public JUnitXmlReporter(Writer writer) {
        this.writer = writer;
    }

    public void report(RunResult run) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        counts(xml, run.passed() + run.failed() + run.skipped(), run.failed(), run.skipped());
        for (SuiteResult suite : run.suites()) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suite.suite().name());
            xml.writeAttribute("file", suite.suite().file());
            counts(
                    xml,
                    suite.results().size() + suite.skipped().size(),
                    suite.failed(),
                    suite.skipped().size());
            xml.writeAttribute(
                    "time",
                    seconds(suite.results().stream()
                            .mapToLong(ScenarioResult::nanos)
                            .sum()));
            for (ScenarioResult r : suite.results()) {
                testcase(xml, r.scenario(), r.nanos());
                if (!r.passed()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute(
                            "message", FailureText.describe(r.mismatches().get(0)));
                    xml.writeCharacters(r.scenario().location() + "\n" + String.join("\n", FailureText.lines(r)));
                    xml.writeEndElement();
                    xml.writeCharacters("\n    ");
                }
                xml.writeEndElement();
            }
            for (Scenario s : suite.skipped()) {
                testcase(xml, s, 0);
                xml.writeEmptyElement("skipped");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private static void testcase(XMLStreamWriter xml, Scenario s, long nanos) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", s.name());
        xml.writeAttribute("classname", s.suite());
        xml.writeAttribute("file", s.file());
        xml.writeAttribute("line", String.valueOf(s.line()));
        xml.writeAttribute("time", seconds(nanos));
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures, long skipped) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
