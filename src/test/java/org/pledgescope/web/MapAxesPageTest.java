package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Map view's axes: the facts on the rows and columns chosen on the page (a pack's own fact included), kept in the
 * route as rows and cols, and panels that show the same cells folded into one captioned with every value it stands for.
 */
class MapAxesPageTest extends WorkbenchTest {
    private static final String AXON = "axon-body-camera-face-matching";
    private static final String ROUTE = "#/map/" + AXON + "?asKnownOn=2024-01-01&useDate=2024-01-01";

    private List<String> rowHeaders() {
        return page.driver.findElements(By.cssSelector(".panel:first-child table.heat tbody th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> captions() {
        return page.driver.findElements(By.cssSelector(".panel table.heat caption")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void choosingTheRowsPutsThePacksOwnFactOnThemAndFoldsThePanels() {
        page.load(ROUTE);
        page.awaitMap("2024-01-01");
        assertThat(rowHeaders()).startsWith("MUNICIPAL_POLICE", "SHERIFF");
        assertThat(new Select(page.driver.findElement(By.id("map-rows")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("agency.type");

        page.awaitMapAfter(() -> new Select(page.driver.findElement(By.id("map-rows"))).selectByValue("axon.product"));
        assertThat(page.route()).contains("rows=axon.product").contains("cols=capability");
        assertThat(rowHeaders()).containsExactly("BODY_CAMERA", "IN_CAR_CAMERA", "EVIDENCE_MANAGEMENT", "OTHER");
        // 6 activities × 7 purposes show two different panels: development, and every other activity.
        assertThat(captions())
                .containsExactly(
                        "activity: SALE, RENEWAL, PILOT, USE, SUPPORT · purpose: any",
                        "activity: DEVELOPMENT · purpose: any");
        // Face matching on body cameras is covered (presuming "at this time" still holds); on in-car cameras it hinges
        // on whether other products are reached.
        assertThat(page.cellOf("USE", "OTHER", "BODY_CAMERA", "FACE_COMPARISON").getDomAttribute("data-verdict"))
                .isEqualTo("COVERED");
        assertThat(page.cellOf("SALE", "SURVEILLANCE", "IN_CAR_CAMERA", "FACE_COMPARISON")
                        .getDomAttribute("data-verdict"))
                .isEqualTo("UNDETERMINED");
        page.screenshot("map-axes-axon", false);

        // A cell of a folded panel opens the first use it stands for in Ask, the pack's fact among its facts.
        WebElement cell = page.cellOf("SALE", "CRIMINAL_INVESTIGATION", "BODY_CAMERA", "FACE_COMPARISON");
        page.answerAfter(cell::click);
        assertThat(page.route())
                .contains("axon.product=BODY_CAMERA")
                .contains("capability=FACE_COMPARISON")
                .contains("activity=SALE")
                .doesNotContain("agency.type");
        assertThat(page.verdict(AXON)).isEqualTo("COVERED");
    }

    @Test
    void choosingForTheColumnsTheFactOnTheRowsSwapsThem() {
        page.load(ROUTE + "&rows=axon.product&cols=capability");
        page.awaitMap("2024-01-01");
        assertThat(rowHeaders()).startsWith("BODY_CAMERA");
        page.awaitMapAfter(() -> new Select(page.driver.findElement(By.id("map-cols"))).selectByValue("axon.product"));
        assertThat(page.route()).contains("rows=capability").contains("cols=axon.product");
        assertThat(rowHeaders())
                .containsExactly("FACE_COMPARISON", "FACE_DETECTION", "FACE_ANALYSIS", "OTHER_IMAGE_ANALYSIS");
    }
}
