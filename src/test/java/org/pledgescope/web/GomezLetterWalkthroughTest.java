package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The README's walkthrough, step by step: three questions of Rep. Gomez's letter to Jeff Bezos (2020-06-17) —
 * existing contracts, federal agencies, development — answered from the page, each with the quote it rests on.
 * Screenshots go to target/screenshots/gomez-*.png.
 */
class GomezLetterWalkthroughTest extends WorkbenchTest {
    static final String POLICE_USE =
            "We're implementing a one-year moratorium on police use of Amazon's facial " + "recognition technology.";
    static final String POLICE_DEPARTMENTS = "We imposed a moratorium on police departments' use of Amazon "
            + "Rekognition's face comparison feature in connection with criminal investigations in June 2020";

    @Test
    void theThreeQuestionsAreAnsweredFromThePageEachWithItsQuote() {
        page.load("#/ask");
        page.awaitForm();
        existingContracts();
        federalAgencies();
        development();
    }

    /** 1. Question 4: the Washington County Sheriff's search under its 2017 contract. */
    private void existingContracts() {
        page.type("useDate", "2020-07-15");
        page.type("asKnownOn", "2020-06-17");
        page.select("agency.type", "SHERIFF");
        page.type("agency.country", "US");
        page.select("activity", "USE");
        page.select("capability", "FACE_COMPARISON");
        page.select("purpose", "CRIMINAL_INVESTIGATION");
        page.type("contract.signedOn", "2017-10-01");
        page.ask();

        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        assertThat(quote("amazon-2020-06-10#police-use")).isEqualTo(POLICE_USE);
        WebElement question = question("amazon-existing-contracts");
        assertThat(question.getText()).contains("Rep. Jimmy Gomez, letter to Jeff Bezos, 2020-06-17, question 4");
        assertThat(readingVerdict(question, "applies")).isEqualTo("COVERED");
        assertThat(readingVerdict(question, "grandfathered")).isEqualTo("NOT_COVERED");
        page.screenshot("gomez-1-existing-contracts-2020", true);

        page.type("asKnownOn", "");
        page.ask();
        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        assertThat(question("amazon-existing-contracts").isDisplayed()).isTrue();
        assertThat(quote("amazon-2024-01-26#police-departments-face-comparison"))
                .startsWith(POLICE_DEPARTMENTS);
        page.screenshot("gomez-1-existing-contracts-today", true);
    }

    /** 2. Question 3: ICE's face search, changed from the sheriff's query. */
    private void federalAgencies() {
        page.select("agency.type", "IMMIGRATION_ENFORCEMENT");
        page.select("purpose", "IMMIGRATION");
        page.type("contract.signedOn", "2020-07-01");
        page.type("asKnownOn", "2020-06-17");
        page.ask();

        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        assertThat(page.reason(AMAZON, "amazon-2020-06-10#police-use").getText())
                .contains("if read broadly: amazon-federal-agencies")
                .contains(POLICE_USE);
        WebElement question = question("amazon-federal-agencies");
        assertThat(question.getText())
                .contains("TechCrunch, 2020-06-10")
                .contains("Rep. Jimmy Gomez, letter to Jeff Bezos, 2020-06-17, question 3");
        assertThat(readingVerdict(question, "any-law-enforcement")).isEqualTo("COVERED");
        assertThat(readingVerdict(question, "police-departments-only")).isEqualTo("NOT_COVERED");
        page.screenshot("gomez-2-federal-agencies-2020", true);

        page.type("asKnownOn", "");
        page.ask();
        assertThat(page.verdict(AMAZON)).isEqualTo("NOT_COVERED");
        assertThat(quote("amazon-2024-01-26#police-departments-face-comparison"))
                .startsWith(POLICE_DEPARTMENTS);
        assertThat(page.result(AMAZON).findElements(By.cssSelector("[data-question]")))
                .isEmpty();
        page.screenshot("gomez-2-federal-agencies-today", true);
        page.driver.findElement(By.cssSelector("nav a[data-view='pledges']")).click();
        page.awaitView("pledges/");
        page.driver
                .findElement(By.linkText("Amazon's moratorium on police use of Rekognition facial recognition"))
                .click();
        page.awaitView("pledges/" + AMAZON);
        assertThat(page.driver
                        .findElement(By.cssSelector("li.question[data-question='amazon-federal-agencies'] .settled-by"))
                        .getText())
                .startsWith("Settled as “police-departments-only” by amazon-2024-01-26 on 2024-01-26");
        page.driver.navigate().back();
        page.awaitView("pledges/");
        page.answerAfter(() -> page.driver.navigate().back());
        assertThat(page.verdict(AMAZON)).isEqualTo("NOT_COVERED");
    }

    /** 3. Question 2: Amazon's own development, every other fact cleared. */
    private void development() {
        page.driver.findElement(By.xpath("//button[.='Clear the facts']")).click();
        assertThat(page.selected("agency.type")).isEmpty();
        page.type("useDate", "2020-07-15");
        page.type("asKnownOn", "2020-06-17");
        page.select("activity", "DEVELOPMENT");
        page.select("capability", "FACE_COMPARISON");
        page.ask();

        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        WebElement question = question("amazon-development");
        assertThat(question.getText())
                .contains("Does Amazon stop developing its facial recognition technology")
                .contains("Rep. Jimmy Gomez, letter to Jeff Bezos, 2020-06-17, question 2");
        assertThat(page.result(AMAZON)
                        .findElement(By.cssSelector(".term blockquote"))
                        .getText())
                .isEqualTo(POLICE_USE);
        assertThat(page.verdict("ibm-facial-recognition-exit")).isEqualTo("COVERED");
        assertThat(quote("ibm-facial-recognition-exit", "ibm-2020-06-08-verge#no-development"))
                .isEqualTo("it will no longer offer, develop, or research facial recognition technology");
        page.screenshot("gomez-3-development-2020", true);

        page.type("asKnownOn", "");
        page.ask();
        assertThat(page.verdict(AMAZON)).isEqualTo("UNDETERMINED");
        assertThat(question("amazon-development").isDisplayed()).isTrue();
    }

    private String quote(String clause) {
        return quote(AMAZON, clause);
    }

    private String quote(String pledge, String clause) {
        return page.reason(pledge, clause).findElement(By.tagName("blockquote")).getText();
    }

    private WebElement question(String id) {
        return page.result(AMAZON).findElement(By.cssSelector("[data-question='" + id + "']"));
    }

    private static String readingVerdict(WebElement question, String reading) {
        return question.findElement(By.cssSelector("[data-reading='" + reading + "'] [data-verdict]"))
                .getDomAttribute("data-verdict");
    }
}
