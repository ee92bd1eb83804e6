package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The Diff view: two asKnownOn days of a pledge, the cells whose verdict moved and the statement that moved them. */
class DiffPageTest extends WorkbenchTest {

    @Test
    void theExtensionMovesUsesAfterTheFirstTermAndTheDiffShowsWhichCells() {
        page.load("#/diff/" + AMAZON + "?useDate=2021-07-01");
        page.awaitDiff();
        page.awaitDiffAfter(() -> {
            new Select(page.driver.findElement(By.id("diff-first"))).selectByValue("2020-06-10");
            new Select(page.driver.findElement(By.id("diff-second"))).selectByValue("2021-05-18");
            page.driver.findElement(By.id("diff-button")).click();
        });
        assertThat(page.route()).contains("asKnownOn=2020-06-10").contains("vs=2021-05-18");

        assertThat(page.driver.findElement(By.id("diff-summary")).getText())
                .containsPattern(
                        "[\\d,]+ of [\\d,]+ worlds moved from as known on 2020-06-10 to as known on 2021-05-18");
        WebElement cell = page.cell("USE", "CRIMINAL_INVESTIGATION", "MUNICIPAL_POLICE", "FACE_COMPARISON");
        assertThat(cell.getDomAttribute("class")).contains("moved");
        assertThat(cell.getDomAttribute("title")).contains("NOT_COVERED → ");
        // Uses the pledge never reached do not move.
        assertThat(page.cell("USE", "OTHER", "NONPROFIT", "OTHER_IMAGE_ANALYSIS")
                        .getDomAttribute("class"))
                .doesNotContain("moved");

        List<WebElement> moves = page.driver.findElements(By.cssSelector("table.moves tbody tr"));
        assertThat(moves).isNotEmpty();
        assertThat(moves.get(0)
                        .findElement(By.cssSelector("td[data-side='before'] .verdict"))
                        .getText())
                .isEqualTo("NOT_COVERED");
        assertThat(moves.get(0).getText()).contains("amazon-2021-05-18");
        page.screenshot("diff-amazon", false);
    }

    @Test
    void twoDaysWithNoStatementBetweenMoveNothing() {
        page.load("#/diff/" + AMAZON + "?asKnownOn=2021-05-18&vs=2021-05-18&useDate=2021-07-01");
        page.awaitDiff();
        assertThat(page.driver.findElement(By.id("diff-nothing")).getText())
                .isEqualTo("Nothing moved: every world keeps its verdict.");
        assertThat(page.driver.findElements(By.cssSelector("button.cell-button.moved")))
                .isEmpty();
    }
}
