package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A decisive open question shows each reading with its verdict; one click re-asks with that reading assumed. */
class ReadingReaskTest extends WorkbenchTest {
    static final String SHERIFF_2017 = "#/ask?pledge=" + AMAZON + "&useDate=2020-07-15&asKnownOn=2020-07-15"
            + "&agency.type=SHERIFF&agency.country=US&activity=USE&capability=FACE_COMPARISON"
            + "&purpose=CRIMINAL_INVESTIGATION&contract.signedOn=2017-10-01";

    @Test
    void oneClickReAsksUnderAReadingAndAnotherDropsIt() {
        page.loadAnswer(SHERIFF_2017);
        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        WebElement question =
                page.result(AMAZON).findElement(By.cssSelector("[data-question='amazon-existing-contracts']"));
        assertThat(question.getText())
                .contains("Does the moratorium apply to police departments that already had "
                        + "Rekognition under earlier contracts?")
                .contains("Rep. Jimmy Gomez, letter to Jeff Bezos");
        assertThat(question.findElement(By.cssSelector("[data-reading='applies'] [data-verdict]"))
                        .getDomAttribute("data-verdict"))
                .isEqualTo("COVERED");
        assertThat(question.findElement(By.cssSelector("[data-reading='grandfathered'] [data-verdict]"))
                        .getDomAttribute("data-verdict"))
                .isEqualTo("NOT_COVERED");

        page.answerAfter(
                () -> question.findElement(By.cssSelector("button[data-assume='amazon-existing-contracts=applies']"))
                        .click());

        assertThat(page.verdict(AMAZON)).isEqualTo("COVERED");
        assertThat(page.route()).contains("assume.amazon-existing-contracts=applies");
        assertThat(page.result(AMAZON).findElement(By.className("assumed-note")).getText())
                .isEqualTo("Assuming amazon-existing-contracts = applies.");
        assertThat(page.result(AMAZON).findElements(By.cssSelector("[data-question]")))
                .isEmpty();

        page.answerAfter(() -> page.driver
                .findElement(By.cssSelector("button[data-drop='amazon-existing-contracts']"))
                .click());

        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        assertThat(page.route()).doesNotContain("assume.");
    }
}
