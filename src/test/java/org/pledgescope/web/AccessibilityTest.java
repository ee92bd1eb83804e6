package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Every control has a label or a name, and every text is readable against its background (WCAG AA, 4.5:1). */
class AccessibilityTest extends WorkbenchTest {
    /** Controls without a label (for inputs and selects: a <label for>; for buttons and links: their text). */
    static final String UNLABELLED = """
            return [...document.querySelectorAll('input, select, textarea, button, a[href]')]
              .filter(el => el.tagName === 'BUTTON' || el.tagName === 'A'
                  ? (el.getAttribute('aria-label') ?? el.textContent).trim() === ''
                  : el.labels.length === 0 || [...el.labels].every(l => l.textContent.trim() === ''))
              .map(el => el.outerHTML.slice(0, 120));
            """;
    /** Elements whose own text has a contrast ratio under 4.5 against the background behind it. */
    static final String LOW_CONTRAST = """
            const rgb = (s) => s.match(/[\\d.]+/g).map(Number);
            const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
              .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
              .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
            const background = (el) => {
              for (let e = el; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c.length < 4 || c[3] > 0) return c;
              }
              return [255, 255, 255];
            };
            const bad = [];
            for (const el of document.querySelectorAll('body *')) {
              const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
              if (!own || el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
              const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < 4.5) bad.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2) + ': ' + el.textContent.slice(0, 40));
            }
            return bad;
            """;

    @Test
    void theAskFormAndAnAnswerAreLabelledAndReadable() {
        page.loadAnswer("#/ask?useDate=2020-09-01&asKnownOn=2020-09-01&agency.type=FEDERAL_LAW_ENFORCEMENT"
                + "&agency.country=US&activity=USE&capability=FACE_COMPARISON");
        assertThat(page.driver.findElements(By.cssSelector("#answer button[data-fill]")))
                .isNotEmpty();
        check();
    }

    @Test
    void thePledgeAndRuleSetViewsAreLabelledAndReadable() {
        page.load("#/pledges/" + AMAZON);
        page.awaitView("pledges/" + AMAZON);
        check();
        page.load("#/ruleset");
        page.awaitView("ruleset/");
        check();
    }

    @Test
    void theMapAndDiffViewsAreLabelledAndReadable() {
        page.load("#/map/" + AMAZON + "?asKnownOn=2021-05-18&useDate=2021-07-01&activity=USE");
        page.awaitMap("2021-05-18");
        check();
        page.load("#/diff/" + AMAZON + "?asKnownOn=2020-06-10&vs=2021-05-18&useDate=2021-07-01");
        page.awaitDiff();
        check();
    }

    @SuppressWarnings("unchecked")
    private void check() {
        assertThat((List<String>) page.driver.executeScript(UNLABELLED))
                .as("unlabelled controls")
                .isEmpty();
        assertThat((List<String>) page.driver.executeScript(LOW_CONTRAST))
                .as("text under 4.5:1")
                .isEmpty();
    }
}
