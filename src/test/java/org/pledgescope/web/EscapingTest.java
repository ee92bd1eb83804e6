package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Whatever a pack says is shown as text: the fixture pack packs/escaping/markup puts markup (a script, an image
 * with onerror, a javascript: link) in its title, publisher, clause, question, raisedBy and reading.
 */
class EscapingTest extends FixturePackTest {
    static final String CLAUSE = "We pause police use. <script>window.pwned='clause'</script>"
            + "<img src=x onerror=\"window.pwned='img'\">";

    @Test
    void aClauseWithAScriptInItIsQuotedAsText() {
        page.loadAnswer("#/ask?useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=MUNICIPAL_POLICE");
        assertThat(page.verdict(PLEDGE)).isEqualTo("COVERED");
        WebElement reason = page.reason(PLEDGE, "markup-2020-01-01#ban");
        assertThat(reason.findElement(By.tagName("blockquote")).getText()).isEqualTo(CLAUSE);
        assertThat(reason.findElement(By.tagName("figcaption")).getText())
                .contains("<script>window.pwned='publisher'</script>Example Corp");
        assertThat(page.result(PLEDGE).findElement(By.tagName("h3")).getText()).isEqualTo("Markup <b>pledge</b> & co");
        assertThat(reason.findElement(By.cssSelector("figcaption a")).getDomAttribute("href"))
                .isEqualTo("#");
        assertNothingRan("#answer");
    }

    @Test
    void anOpenQuestionWithMarkupIsShownAsText() {
        page.loadAnswer("#/ask?useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=SHERIFF");
        WebElement question = page.result(PLEDGE).findElement(By.cssSelector("[data-question='markup-question']"));
        assertThat(question.getText())
                .contains("Does <em>this</em> reach sheriffs?")
                .contains("<a href=\"javascript:window.pwned='raised'\">a reporter</a>")
                .contains("<u>Yes</u>.");
        assertNothingRan("#answer");
    }

    @Test
    void thePledgesViewShowsThePackAsText() {
        page.load("#/pledges/markup");
        page.awaitView("pledges/markup");
        assertThat(page.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Markup <b>pledge</b> & co");
        assertThat(page.driver
                        .findElement(By.cssSelector("[data-statement] blockquote"))
                        .getText())
                .isEqualTo(CLAUSE);
        assertThat(page.driver
                        .findElement(By.cssSelector("[data-statement] h3"))
                        .getText())
                .isEqualTo("<img src=x onerror=\"window.pwned='title'\">Announcement");
        assertNothingRan("main");
    }
}
