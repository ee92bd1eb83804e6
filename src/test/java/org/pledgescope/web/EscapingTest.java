package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pledgescope.api.ApiServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever a pack says is shown as text: the fixture pack packs/escaping/markup puts markup (a script, an image
 * with onerror, a javascript: link) in its title, publisher, clause, question, raisedBy and reading.
 */
@ExtendWith(NeedsChromium.class)
@SpringBootTest(classes = ApiServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "pledgescope.rules=src/test/resources/packs/escaping"})
class EscapingTest {
    static final String CLAUSE = "We pause police use. <script>window.pwned='clause'</script>"
            + "<img src=x onerror=\"window.pwned='img'\">";

    @LocalServerPort
    int port;
    Workbench page;

    @BeforeEach
    void openBrowser() {
        page = new Workbench(Browser.get(), "http://127.0.0.1:" + port + "/");
    }

    @Test
    void aClauseWithAScriptInItIsQuotedAsText() {
        page.loadAnswer("#/ask?useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=MUNICIPAL_POLICE");
        assertThat(page.verdict("markup")).isEqualTo("COVERED");
        WebElement reason = page.reason("markup", "markup-2020-01-01#ban");
        assertThat(reason.findElement(By.tagName("blockquote")).getText()).isEqualTo(CLAUSE);
        assertThat(reason.findElement(By.tagName("figcaption")).getText())
                .contains("<script>window.pwned='publisher'</script>Example Corp");
        assertThat(page.result("markup").findElement(By.tagName("h3")).getText()).isEqualTo("Markup <b>pledge</b> & co");
        assertThat(reason.findElement(By.cssSelector("figcaption a")).getDomAttribute("href")).isEqualTo("#");
        assertNothingRan("#answer");
    }

    @Test
    void anOpenQuestionWithMarkupIsShownAsText() {
        page.loadAnswer("#/ask?useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=SHERIFF");
        WebElement question = page.result("markup").findElement(By.cssSelector("[data-question='markup-question']"));
        assertThat(question.getText()).contains("Does <em>this</em> reach sheriffs?")
                .contains("<a href=\"javascript:window.pwned='raised'\">a reporter</a>").contains("<u>Yes</u>.");
        assertNothingRan("#answer");
    }

    @Test
    void thePledgesViewShowsThePackAsText() {
        page.load("#/pledges/markup");
        page.awaitView("pledges/markup");
        assertThat(page.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Markup <b>pledge</b> & co");
        assertThat(page.driver.findElement(By.cssSelector("[data-statement] blockquote")).getText()).isEqualTo(CLAUSE);
        assertThat(page.driver.findElement(By.cssSelector("[data-statement] h3")).getText())
                .isEqualTo("<img src=x onerror=\"window.pwned='title'\">Announcement");
        assertNothingRan("main");
    }

    /** No element came from the pack's text, and none of its scripts or handlers ran. */
    private void assertNothingRan(String region) {
        assertThat(page.driver.findElements(By.cssSelector(region + " script, " + region + " img, " + region + " b, "
                + region + " em, " + region + " u, " + region + " i, " + region + " a[href^='javascript']"))).isEmpty();
        assertThat(page.driver.executeScript("return window.pwned === undefined ? null : String(window.pwned)")).isNull();
    }
}
