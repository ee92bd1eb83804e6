package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Ask with one pledge chosen lists only the facts its own pack declares among the packs' facts (another pack's cannot
 * change its answer), and does not send another's; with every pledge, all of them.
 */
class AskPackFactsTest extends DeskTest {

    private boolean shown(String fact) {
        WebElement field = page.driver.findElement(By.cssSelector(".field[data-fact='" + fact + "']"));
        return field.isDisplayed();
    }

    @Test
    void onePledgeChosenShowsOnlyItsOwnFacts() {
        page.load("#/ask");
        page.awaitForm();
        assertThat(shown("cam.product")).isTrue();
        assertThat(shown("minimal.channel")).isTrue();

        page.select("minimal.channel", "ONLINE");
        page.select("pledge", "body-cams");
        assertThat(shown("cam.product")).isTrue();
        assertThat(shown("minimal.channel")).isFalse();
        assertThat(shown("activity")).as("the shared vocabulary's facts stay").isTrue();

        page.select("cam.product", "BODY_CAMERA");
        page.ask();
        assertThat(page.driver.getCurrentUrl())
                .contains("cam.product=BODY_CAMERA")
                .doesNotContain("minimal.channel");

        page.select("pledge", "minimal");
        assertThat(shown("cam.product")).isFalse();
        assertThat(shown("minimal.channel")).isTrue();
        page.select("pledge", "");
        assertThat(shown("cam.product")).isTrue();
        assertThat(shown("minimal.channel")).isTrue();
    }
}
