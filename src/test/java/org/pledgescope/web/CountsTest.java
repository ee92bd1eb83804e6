package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Counts on the Pledges view take the noun in the number they need: "1 statement", "2 open questions". */
class CountsTest extends DeskTest {

    private String counts(String pledge) {
        return page.driver
                .findElement(By.cssSelector("li.card[data-pledge='" + pledge + "'] p.counts"))
                .getText();
    }

    @Test
    void oneIsSingularAndTwoIsPlural() {
        page.load("#/pledges");
        page.awaitView("pledges/");
        assertThat(counts("body-cams")).isEqualTo("1 statement, from 2019-06-27; 1 open question, 1 not settled.");
        assertThat(counts("minimal")).isEqualTo("2 statements, from 2020-01-01; 2 open questions, 2 not settled.");

        page.load("#/pledges/body-cams");
        page.awaitView("pledges/body-cams");
        assertThat(page.driver
                        .findElement(By.cssSelector("table.rules caption"))
                        .getText())
                .isEqualTo("5 rules, each with what it cites");
        page.load("#/pledges/minimal");
        page.awaitView("pledges/minimal");
        assertThat(page.driver
                        .findElement(By.cssSelector("table.rules caption"))
                        .getText())
                .isEqualTo("2 rules, each with what it cites");
    }
}
