package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A pledge's statements on a timeline, its open questions with who raised and what settled them, its rules. */
class PledgesPageTest extends WorkbenchTest {

    @Test
    void everyPledgeIsListed() {
        page.load("#/pledges");
        page.awaitView("pledges/");
        assertThat(page.driver.findElements(By.cssSelector("li.card")).stream()
                        .map(c -> c.getDomAttribute("data-pledge"))
                        .toList())
                .containsExactlyElementsOf(shippedPacks());
    }

    @Test
    void aPledgesTimelineQuestionsAndRules() {
        page.load("#/pledges/" + AMAZON);
        page.awaitView("pledges/" + AMAZON);

        List<String> dates = page.driver.findElements(By.cssSelector(".timeline > li > .date")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(dates).containsExactly("2020-06-10", "2021-05-18", "2024-01-26");
        WebElement extension = page.driver.findElement(By.cssSelector("[data-statement='amazon-2021-05-18']"));
        assertThat(extension.getText())
                .contains("Reuters (Jeffrey Dastin)")
                .contains("extending until further notice a moratorium");
        List<String> events = page.driver.findElements(By.cssSelector(".timeline p.event")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(events)
                .contains(
                        "TERM Term set: 2020-06-10 through 2021-06-09",
                        "TERM Term changed: 2020-06-10 until further notice");
        assertThat(events)
                .anySatisfy(e -> assertThat(e)
                        .startsWith("SETTLED amazon-federal-agencies: Settled as " + "'police-departments-only'")
                        .endsWith("(amazon-2024-01-26)"));

        WebElement federal =
                page.driver.findElement(By.cssSelector("li.question[data-question='amazon-federal-agencies']"));
        assertThat(federal.findElements(By.cssSelector("ul.raised li")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains("Rep. Jimmy Gomez, letter to Jeff Bezos, 2020-06-17, question 3");
        assertThat(federal.findElement(By.className("settled-by")).getText())
                .startsWith("Settled as “police-departments-only” by amazon-2024-01-26 on 2024-01-26");
        assertThat(page.driver
                        .findElement(By.cssSelector(
                                "li.question[data-question='amazon-existing-contracts']" + " .settled-by"))
                        .getText())
                .isEqualTo("Not settled by any statement.");

        WebElement rule = page.driver.findElement(By.cssSelector("table.rules tr[data-rule='police-use']"));
        assertThat(rule.getText())
                .contains("amazon-2020-06-10#police-use")
                .contains("We're implementing a one-year moratorium on police use")
                .containsPattern("decisions\\.drl:\\d+");
        page.screenshot("pledge-timeline", false);
    }
}
