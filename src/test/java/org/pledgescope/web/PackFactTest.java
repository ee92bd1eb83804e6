package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A fact a pack declares of its own (markup.contractor, a boolean) gets a control of its own in the Ask form,
 * grouped under the pack that declares it, and fills in from a missing-fact answer like any other.
 */
class PackFactTest extends FixturePackTest {

    @Test
    void aPacksOwnBooleanFactIsAskedAndFilledIn() {
        page.load("#/ask");
        page.awaitForm();
        WebElement field = page.driver.findElement(By.cssSelector(".field[data-fact='markup.contractor']"));
        assertThat(field.findElement(By.xpath("ancestor::fieldset/legend")).getText())
                .isEqualTo("Declared by markup");
        assertThat(field.findElement(By.className("hint")).getText())
                .startsWith("Is the customer a <b onmouseover=\"window.pwned='fact'\">contractor</b> of the police?");
        assertThat(field.findElements(By.tagName("option")).stream()
                        .map(o -> o.getDomAttribute("value"))
                        .toList())
                .isEqualTo(List.of("", "true", "false"));

        page.loadAnswer("#/ask?useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=COMMERCIAL");
        assertThat(page.verdict(PLEDGE)).isEqualTo("UNDETERMINED");
        WebElement missing = page.result(PLEDGE).findElement(By.cssSelector("[data-missing='markup.contractor']"));
        assertThat(missing.findElement(By.cssSelector("li[data-value='true'] [data-verdict]"))
                        .getDomAttribute("data-verdict"))
                .isEqualTo("COVERED");

        page.answerAfter(() -> missing.findElement(By.cssSelector("button[data-fill='markup.contractor=true']"))
                .click());
        assertThat(page.state()).isEqualTo("done");
        assertThat(page.verdict(PLEDGE)).isEqualTo("COVERED");
        assertThat(page.selected("markup.contractor")).isEqualTo("true");
        assertNothingRan("main");
    }
}
