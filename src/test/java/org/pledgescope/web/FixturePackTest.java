package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pledgescope.api.ApiServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench serving only the fixture pack packs/escaping/markup, whose every text is markup and which declares
 * a boolean fact of its own (one Spring context for every class extending this).
 */
@ExtendWith(NeedsChromium.class)
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "pledgescope.rules=src/test/resources/packs/escaping"})
abstract class FixturePackTest {
    static final String PLEDGE = "markup";

    @LocalServerPort
    int port;

    Workbench page;

    @BeforeEach
    void openBrowser() {
        page = new Workbench(Browser.get(), "http://127.0.0.1:" + port + "/");
    }

    /** No element came from the pack's text, and none of its scripts or handlers ran. */
    void assertNothingRan(String region) {
        assertThat(page.driver.findElements(By.cssSelector(String.join(
                        ", ",
                        Stream.of("script", "img", "b", "em", "u", "i", "a[href^='javascript']")
                                .map(tag -> region + " " + tag)
                                .toList()))))
                .isEmpty();
        assertThat(page.driver.executeScript("return window.pwned === undefined ? null : String(window.pwned)"))
                .isNull();
    }
}
