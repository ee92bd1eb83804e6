package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** On a laptop the pledges answer side by side; on a phone they stack and nothing scrolls sideways. */
class ResponsiveLayoutTest extends WorkbenchTest {
    static final String POLICE = "#/ask?useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=MUNICIPAL_POLICE"
            + "&agency.country=US&activity=USE&capability=FACE_COMPARISON&purpose=CRIMINAL_INVESTIGATION";

    @Test
    void sideBySideOnALaptop() {
        page.loadAnswer(POLICE);
        // Side by side: the cards share rows (as many to a row as fit), never one card a row.
        List<Integer> tops =
                cards().stream().map(c -> c.getRect().getY()).distinct().toList();
        assertThat(cards()).hasSize(shippedPacks().size());
        assertThat(tops.size()).isLessThan(cards().size());
        assertThat(sidewaysScroll()).isFalse();
    }

    @Test
    void stackedOnAPhone() {
        page.driver.manage().window().setSize(new Dimension(400, 860));
        page.loadAnswer(POLICE);
        assertThat(cards().stream().map(c -> c.getRect().getX()).distinct().toList())
                .hasSize(1);
        assertThat(cards().stream().map(c -> c.getRect().getY()).distinct().toList())
                .hasSize(shippedPacks().size());
        assertThat(sidewaysScroll()).isFalse();
        page.screenshot("phone-ask", false);
        page.load("#/pledges/" + AMAZON);
        page.awaitView("pledges/" + AMAZON);
        assertThat(sidewaysScroll()).isFalse();
    }

    private List<WebElement> cards() {
        return page.driver.findElements(By.cssSelector("#answer article.result"));
    }

    private boolean sidewaysScroll() {
        return (Boolean) page.driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }
}
