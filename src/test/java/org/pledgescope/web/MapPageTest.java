package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Map view: a pledge's scope map as a heatmap (GET /v1/pledges/{id}/map), its asKnownOn slider stepping through
 * the statements' days, and a cell's click opening that use in Ask.
 */
class MapPageTest extends WorkbenchTest {
    private static final String ROUTE =
            "#/map/" + AMAZON + "?useDate=2021-07-01&activity=USE" + "&purpose=CRIMINAL_INVESTIGATION&asKnownOn=";

    @Test
    void theSliderStepsThroughTheStatementsAndTheCellsChange() {
        page.load(ROUTE + "2020-06-10");
        page.awaitMap("2020-06-10");
        assertThat(page.driver.findElement(By.id("map-summary")).getText()).contains("every world of the pledge");
        // As first announced, the moratorium ends 2021-06-09: a use on 2021-07-01 is outside it.
        WebElement cell = page.cell("USE", "CRIMINAL_INVESTIGATION", "MUNICIPAL_POLICE", "FACE_COMPARISON");
        assertThat(cell.getDomAttribute("data-verdict")).isEqualTo("NOT_COVERED");
        assertThat(cell.getDomAttribute("title")).isNotBlank();

        WebElement slider = page.driver.findElement(By.id("map-known-on"));
        slider.sendKeys(Keys.ARROW_RIGHT);
        page.awaitMap("2021-05-18");
        assertThat(page.driver.findElement(By.id("map-known-on-value")).getText())
                .isEqualTo("2021-05-18 (amazon-2021-05-18)");
        assertThat(page.route()).contains("asKnownOn=2021-05-18");
        // The 2021-05-18 extension reaches the same use: the cell no longer reads NOT_COVERED.
        String extended = page.cell("USE", "CRIMINAL_INVESTIGATION", "MUNICIPAL_POLICE", "FACE_COMPARISON")
                .getDomAttribute("data-verdict");
        assertThat(extended).isNotEqualTo("NOT_COVERED");
        assertThat(page.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("map-known-on");
        page.screenshot("map-amazon", false);
    }

    @Test
    void aCellsClickOpensThatUseInAskWithTheMapsVerdict() {
        page.load(ROUTE + "2021-05-18");
        page.awaitMap("2021-05-18");
        WebElement cell = page.cell("USE", "CRIMINAL_INVESTIGATION", "SHERIFF", "FACE_COMPARISON");
        String verdict = cell.getDomAttribute("data-verdict");
        page.answerAfter(cell::click);

        assertThat(page.route())
                .startsWith("/ask?")
                .contains("pledge=" + AMAZON)
                .contains("agency.type=SHERIFF")
                .contains("capability=FACE_COMPARISON")
                .contains("activity=USE")
                .contains("purpose=CRIMINAL_INVESTIGATION")
                .contains("asKnownOn=2021-05-18")
                .contains("useDate=2021-07-01");
        assertThat(page.selected("agency.type")).isEqualTo("SHERIFF");
        // The other facts are unknown in Ask: one verdict in every world of the cell is that verdict; worlds
        // that differ leave the answer UNDETERMINED.
        assertThat(page.verdict(AMAZON)).isEqualTo("MIXED".equals(verdict) ? "UNDETERMINED" : verdict);
    }

    @Test
    void cellsAreButtonsAKeyboardReaches() {
        page.load(ROUTE + "2020-06-10");
        page.awaitMap("2020-06-10");
        WebElement cell = page.cell("USE", "CRIMINAL_INVESTIGATION", "NONPROFIT", "OTHER_IMAGE_ANALYSIS");
        assertThat(cell.getTagName()).isEqualTo("button");
        assertThat(cell.getDomAttribute("aria-label"))
                .startsWith("NONPROFIT × OTHER_IMAGE_ANALYSIS (USE · CRIMINAL_INVESTIGATION): ");
        page.answerAfter(() -> cell.sendKeys(Keys.ENTER));
        assertThat(page.route()).contains("agency.type=NONPROFIT").contains("capability=OTHER_IMAGE_ANALYSIS");
    }
}
