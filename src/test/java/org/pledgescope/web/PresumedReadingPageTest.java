package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An answer under a presumed reading (semantics 8) says so, shows the verdict under each reading of the presumed
 * question, and one click re-asks with another reading assumed, which ends the presumption.
 */
class PresumedReadingPageTest extends WorkbenchTest {
    private static final String AXON = "axon-body-camera-face-matching";
    private static final String SALE_2024 = "#/ask?pledge=" + AXON + "&useDate=2024-01-01&asKnownOn=2024-01-01"
            + "&activity=SALE&capability=FACE_COMPARISON&axon.product=BODY_CAMERA";

    @Test
    void thePresumptionIsShownWithTheVerdictUnderEachReadingAndAnotherReadingReAsks() {
        page.loadAnswer(SALE_2024);
        assertThat(page.verdict(AXON)).isEqualTo("COVERED");
        assertThat(page.result(AXON).findElement(By.className("presumed-note")).getText())
                .startsWith("Presuming axon-at-this-time = still-holds");
        WebElement question =
                page.result(AXON).findElement(By.cssSelector("section.presumed[data-question='axon-at-this-time']"));
        assertThat(question.findElement(By.cssSelector("[data-reading='still-holds']"))
                        .getText())
                .contains("(presumed: this answer)");
        assertThat(question.findElement(By.cssSelector("[data-reading='no-longer-holds'] [data-verdict]"))
                        .getDomAttribute("data-verdict"))
                .isEqualTo("NOT_COVERED");

        page.answerAfter(
                () -> question.findElement(By.cssSelector("button[data-assume='axon-at-this-time=no-longer-holds']"))
                        .click());

        assertThat(page.verdict(AXON)).isEqualTo("NOT_COVERED");
        assertThat(page.route()).contains("assume.axon-at-this-time=no-longer-holds");
        assertThat(page.result(AXON).findElements(By.className("presumed-note")))
                .isEmpty();
    }
}
