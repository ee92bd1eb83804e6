package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page fetches nothing from any other origin (no CDN, no fonts, no analytics): it works offline. */
class SameOriginTest extends WorkbenchTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyResourceOfEveryViewComesFromTheService() {
        String origin = "http://127.0.0.1:" + port;
        page.loadAnswer("#/ask?useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=SHERIFF");
        List<String> resources = (List<String>)
                page.driver.executeScript("return performance.getEntriesByType('resource').map(r => r.name)");
        assertThat(resources)
                .contains(
                        origin + "/js/app.js",
                        origin + "/css/workbench.css",
                        origin + "/v1/vocabulary",
                        origin + "/v1/coverage");
        page.driver.executeScript("location.hash = '#/pledges/" + AMAZON + "'");
        page.awaitView("pledges/" + AMAZON);
        page.driver.executeScript("location.hash = '#/ruleset'");
        page.awaitView("ruleset/");
        resources = (List<String>)
                page.driver.executeScript("return performance.getEntriesByType('resource').map(r => r.name)");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
    }
}
