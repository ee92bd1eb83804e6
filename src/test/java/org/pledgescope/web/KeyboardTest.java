package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The form works from the keyboard alone: Tab to each control, type, Enter to ask, Tab to a reading, Enter. */
class KeyboardTest extends WorkbenchTest {

    @Test
    void aQuestionIsAskedAndReAskedWithTheKeyboardAlone() {
        page.load("#/ask");
        page.awaitForm();

        tabTo("[name='useDate']");
        replaceText("2020-07-15");
        tabTo("[name='asKnownOn']");
        replaceText("2020-07-15");
        tabTo("[name='agency.type']");
        keys("SHERIFF");
        tabTo("[name='activity']");
        keys("USE");
        tabTo("[name='capability']");
        keys("FACE_COMPARISON");
        tabTo("[name='contract.signedOn']");
        replaceText("2017-10-01");
        page.answerAfter(() -> keys(Keys.ENTER));

        assertThat(page.state())
                .as(() -> page.driver.findElement(By.id("answer")).getText())
                .isEqualTo("done");
        assertThat(page.selected("agency.type")).isEqualTo("SHERIFF");
        assertThat(page.selected("activity")).isEqualTo("USE");
        assertThat(page.selected("capability")).isEqualTo("FACE_COMPARISON");
        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");

        tabTo("button[data-assume='amazon-existing-contracts=applies']");
        page.answerAfter(() -> keys(Keys.ENTER));
        assertThat(page.route()).contains("assume.amazon-existing-contracts=applies");
        assertThat(page.result(AMAZON).findElement(By.className("assumed-note")).getText())
                .contains("amazon-existing-contracts = applies");
    }

    @Test
    void everyViewIsReachedFromTheKeyboard() {
        page.load("#/ask");
        page.awaitForm();
        tabTo("nav a[data-view='pledges']");
        keys(Keys.ENTER);
        page.awaitView("pledges/");
        tabTo("a[href='#/pledges/" + AMAZON + "']");
        keys(Keys.ENTER);
        page.awaitView("pledges/" + AMAZON);
        assertThat(page.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Amazon's moratorium on police use of Rekognition facial recognition");
    }

    /** Presses Tab until the focused element matches the CSS selector (at most 80 presses). */
    private void tabTo(String selector) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = page.driver.switchTo().activeElement();
            if ((Boolean) page.driver.executeScript("return arguments[0].matches(arguments[1])", focused, selector)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private void replaceText(String text) {
        new Actions(page.driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(text)
                .perform();
    }

    private void keys(CharSequence keys) {
        new Actions(page.driver).sendKeys(keys).perform();
    }
}
