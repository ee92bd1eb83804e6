package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The rule set served (revision, load time, packs, last reload error), and reloading it with the admin token. */
class RuleSetPageTest extends WorkbenchTest {

    @Test
    void theRuleSetIsShownAndReloadsOnlyWithTheToken() {
        page.load("#/ruleset");
        page.awaitView("ruleset/");
        String revision = page.driver.findElement(By.id("revision")).getText();
        assertThat(revision).matches("sha256:[0-9a-f]{64}");
        assertThat(page.driver.findElements(By.cssSelector("tr[data-pack]")).stream()
                        .map(r -> r.getDomAttribute("data-pack"))
                        .toList())
                .containsExactlyElementsOf(shippedPacks());
        assertThat(page.driver.findElement(By.id("last-error")).getText()).isEqualTo("None.");

        page.driver.findElement(By.id("admin-token")).sendKeys("wrong");
        page.driver.findElement(By.id("reload-button")).click();
        assertThat(outcome())
                .contains("The rule set was not reloaded (HTTP 401)")
                .contains("Authorization");

        page.driver.findElement(By.id("admin-token")).clear();
        page.driver.findElement(By.id("admin-token")).sendKeys(TOKEN);
        page.driver.findElement(By.id("reload-button")).click();
        assertThat(outcome()).isEqualTo("Reloaded: now serving " + revision + ".");
    }

    private String outcome() {
        return new WebDriverWait(page.driver, Duration.ofSeconds(60)).until(d -> {
            String text = d.findElement(By.id("reload-outcome")).getText();
            return text.isEmpty() || text.equals("Reloading…") ? null : text;
        });
    }
}
