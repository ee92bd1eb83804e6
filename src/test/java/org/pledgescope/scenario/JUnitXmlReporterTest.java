package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit XML: a testsuite per suite file, a testcase per scenario, the diff as the failure. */
class JUnitXmlReporterTest {

    @Test
    void failuresBecomeFailureElementsWithTheDiff() throws Exception {
        RunResult run = new ScenarioRunner(ShippedRules.ruleSet())
                .run(ShippedRules.load(ShippedRules.fixture("failing")), name -> !name.startsWith("Sheriff"));
        StringWriter xml = new StringWriter();

        new JUnitXmlReporter(xml).report(run);

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml.toString())));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("Deliberately failing scenarios");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element ice = (Element) cases.item(1);
        assertThat(ice.getAttribute("name")).isEqualTo("ICE face search wrongly expected covered");
        assertThat(ice.getAttribute("line")).isEqualTo("11");
        Element failure = (Element) ice.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("verdict: expected COVERED, got UNDETERMINED");
        assertThat(failure.getTextContent())
                .contains(
                        "wrong-expectations.yaml:11",
                        "openQuestions: missing [amazon-sales]; extra [amazon-federal-agencies]");
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength())
                .isZero();
        assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength())
                .isEqualTo(1);
    }
}
