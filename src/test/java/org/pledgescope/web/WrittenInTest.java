package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A rule's "Written in" on the Pledges view is its file under the rules directory (never where the directory is) and
 * where in it: a DRL file's line, a table row's cell (no line 0).
 */
class WrittenInTest extends DeskTest {

    private String writtenIn(String pledge, String rule) {
        page.load("#/pledges/" + pledge);
        page.awaitView("pledges/" + pledge);
        return page.driver
                .findElement(By.cssSelector("table.rules tr[data-rule='" + rule + "'] td.written-in"))
                .getText();
    }

    @Test
    void aTableRuleIsAtItsRowsCell() {
        assertThat(writtenIn("body-cams", "body-cameras")).isEqualTo("body-cams/rules.csv!A4");
    }

    @Test
    void aDrlRuleIsAtItsLine() {
        assertThat(writtenIn("minimal", "online")).isEqualTo("minimal/rules.drl:11");
    }
}
