package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The query lives in the URL: the link of an answer, opened afresh or reloaded, shows the same answer. */
class ShareableUrlTest extends WorkbenchTest {

    @Test
    void anAnswersUrlReloadsToTheSameQueryAndAnswer() {
        page.load("#/ask");
        page.awaitForm();
        page.type("useDate", "2021-07-01");
        page.type("asKnownOn", "2020-12-01");
        page.select("agency.type", "MUNICIPAL_POLICE");
        page.type("agency.country", "US");
        page.select("activity", "USE");
        page.select("capability", "FACE_COMPARISON");
        page.select("purpose", "CRIMINAL_INVESTIGATION");
        page.type("contract.signedOn", "2020-08-01");
        page.ask();
        assertThat(page.verdict(AMAZON)).isEqualTo("NOT_COVERED");
        String shared = page.driver.findElement(By.id("share-link")).getDomAttribute("href");
        assertThat(shared)
                .isEqualTo("#" + page.route())
                .contains("useDate=2021-07-01")
                .contains("asKnownOn=2020-12-01");

        page.loadAnswer(shared);
        assertThat(page.verdict(AMAZON)).isEqualTo("NOT_COVERED");
        Map<String, String> form = Map.of(
                "useDate",
                "2021-07-01",
                "asKnownOn",
                "2020-12-01",
                "agency.type",
                "MUNICIPAL_POLICE",
                "agency.country",
                "US",
                "activity",
                "USE",
                "capability",
                "FACE_COMPARISON",
                "purpose",
                "CRIMINAL_INVESTIGATION",
                "contract.signedOn",
                "2020-08-01");
        form.forEach((path, value) -> assertThat(page.selected(path)).as(path).isEqualTo(value));

        page.answerAfter(() -> page.driver.navigate().refresh());
        assertThat(page.verdict(AMAZON)).isEqualTo("NOT_COVERED");
        assertThat(page.selected("asKnownOn")).isEqualTo("2020-12-01");

        // Each answer is a history entry: read after the 2021-05-18 extension it is COVERED; Back returns.
        page.answerAfter(() -> page.driver.executeScript(
                "location.hash = arguments[0]", shared.replace("asKnownOn=2020-12-01", "asKnownOn=2021-06-01")));
        assertThat(page.verdict(AMAZON)).isEqualTo("COVERED");
        page.answerAfter(() -> page.driver.navigate().back());
        assertThat(page.verdict(AMAZON)).isEqualTo("NOT_COVERED");
    }
}
