package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A decisive missing fact shows each value with the verdict it would give; one click fills it in and re-asks,
 * and the answer is the verdict that was shown under the value.
 */
class MissingFactFillTest extends WorkbenchTest {
    static final String STATE_POLICE_2024 = "#/ask?pledge=" + AMAZON + "&useDate=2020-07-15&asKnownOn=2024-02-01"
            + "&agency.type=STATE_POLICE&agency.country=US&activity=USE&capability=FACE_COMPARISON";

    @Test
    void fillingInAnEnumeratedFactGivesTheVerdictShownUnderIt() {
        page.loadAnswer(STATE_POLICE_2024 + "&contract.signedOn=2020-08-01");
        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        WebElement value = page.result(AMAZON)
                .findElement(By.cssSelector("[data-missing='purpose'] li[data-value='MISSING_PERSONS']"));
        assertThat(value.findElement(By.cssSelector("[data-verdict]")).getDomAttribute("data-verdict"))
                .isEqualTo("NOT_COVERED");

        page.answerAfter(() -> value.findElement(By.cssSelector("button[data-fill='purpose=MISSING_PERSONS']"))
                .click());

        assertThat(page.verdict(AMAZON)).isEqualTo("NOT_COVERED");
        assertThat(page.selected("purpose")).isEqualTo("MISSING_PERSONS");
        assertThat(page.route()).contains("purpose=MISSING_PERSONS");
        assertThat(page.result(AMAZON).findElements(By.cssSelector("[data-missing]")))
                .isEmpty();
    }

    @Test
    void fillingInADateFactPicksADayInTheRangeShown() {
        page.loadAnswer(STATE_POLICE_2024 + "&purpose=CRIMINAL_INVESTIGATION");
        WebElement contract = page.result(AMAZON).findElement(By.cssSelector("[data-missing='contract.signedOn']"));
        WebElement before =
                contract.findElements(By.cssSelector("li[data-value]")).get(0);
        assertThat(before.getText()).contains("before 2020-06-10");
        String shown = before.findElement(By.cssSelector("[data-verdict]")).getDomAttribute("data-verdict");

        page.answerAfter(
                () -> before.findElement(By.cssSelector("button[data-fill]")).click());

        assertThat(page.control("contract.signedOn").getDomProperty("value")).isEqualTo("2020-06-09");
        assertThat(page.verdict(AMAZON)).isEqualTo(shown);
        assertThat(page.result(AMAZON).findElements(By.cssSelector("[data-missing='contract.signedOn']")))
                .isEmpty();
    }
}
