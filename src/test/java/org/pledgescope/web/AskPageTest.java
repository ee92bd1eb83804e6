package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pledgescope.json.Json;
import tools.jackson.databind.JsonNode;

/** Asking a use from the form: every pledge answers side by side with its verdict and the clause it quotes. */
class AskPageTest extends WorkbenchTest {

    @Test
    void aUseAskedFromTheFormShowsEveryPledgesVerdictAndTheQuoteItRestsOn() throws Exception {
        page.load("#/ask");
        page.awaitForm();
        page.type("useDate", "2020-07-15");
        page.type("asKnownOn", "2020-07-15");
        page.select("agency.type", "MUNICIPAL_POLICE");
        page.type("agency.country", "us");
        page.select("activity", "USE");
        page.select("capability", "FACE_COMPARISON");
        page.select("purpose", "CRIMINAL_INVESTIGATION");
        page.type("contract.signedOn", "2020-08-01");
        page.ask();

        assertThat(page.pledgesAnswered()).containsExactlyElementsOf(shippedPacks());
        assertThat(page.verdict(AMAZON)).isEqualTo("COVERED");
        WebElement reason = page.reason(AMAZON, "amazon-2020-06-10#police-use");
        assertThat(reason.findElement(By.tagName("blockquote")).getText())
                .isEqualTo(
                        "We're implementing a one-year moratorium on police use of Amazon's facial recognition technology.");
        WebElement caption = reason.findElement(By.tagName("figcaption"));
        assertThat(caption.getText()).startsWith("— Amazon, 2020-06-10, ");
        assertThat(caption.findElement(By.tagName("a")).getDomAttribute("href"))
                .isEqualTo(
                        "https://www.aboutamazon.com"
                                + "/news/policy-news-views/we-are-implementing-a-one-year-moratorium-on-police-use-of-rekognition");
        assertThat(page.result(AMAZON).findElement(By.className("because")).getText())
                .startsWith("The pledge restricts this use: “We're implementing a one-year moratorium");

        // What the page shows is what POST /v1/coverage answers for the same query.
        JsonNode api = coverage("{\"useDate\":\"2020-07-15\",\"asKnownOn\":\"2020-07-15\",\"agency\":{\"type\":"
                + "\"MUNICIPAL_POLICE\",\"country\":\"US\"},\"activity\":\"USE\",\"capability\":\"FACE_COMPARISON\","
                + "\"purpose\":\"CRIMINAL_INVESTIGATION\",\"contract\":{\"signedOn\":\"2020-08-01\"}}");
        for (JsonNode result : api.get("results")) {
            assertThat(page.verdict(result.get("pledge").asString()))
                    .as(result.get("pledge").asString())
                    .isEqualTo(result.get("verdict").asString());
        }
        page.screenshot("ask-police-face-search", true);
    }

    @Test
    void theFormHasAControlForEveryFactOfTheVocabularyWithItsValuesAndSets() throws Exception {
        page.load("#/ask");
        page.awaitForm();
        JsonNode facts = get("/v1/vocabulary").get("facts");
        assertThat(facts.size()).isGreaterThan(5);
        for (JsonNode fact : facts) {
            String path = fact.get("path").asString();
            WebElement field = page.driver.findElement(By.cssSelector(".field[data-fact='" + path + "']"));
            assertThat(field.findElement(By.tagName("label")).getText()).isEqualTo(path);
            assertThat(field.findElement(By.className("hint")).getText())
                    .startsWith(fact.get("description").asString());
            if (fact.get("kind").asString().equals("enumeration")) {
                List<String> options = field.findElements(By.tagName("option")).stream()
                        .map(o -> o.getDomProperty("textContent"))
                        .toList();
                assertThat(options.get(0)).isEqualTo("unknown");
                for (JsonNode value : fact.get("values")) {
                    assertThat(options)
                            .contains(value.get("id").asString() + " — "
                                    + value.get("description").asString());
                }
                for (String set : fact.get("sets").propertyNames()) {
                    assertThat(options).anySatisfy(o -> assertThat(o).startsWith(set + " — one of "));
                }
            }
        }
        assertThat(page.selected("useDate"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(page.selected("contract.signedOn")).isEmpty();
    }

    @Test
    void aRejectedQueryNamesTheFieldAtFault() {
        page.load("#/ask");
        page.awaitForm();
        page.type("useDate", "2020-13-01");
        page.ask();

        assertThat(page.state()).isEqualTo("error");
        assertThat(page.driver
                        .findElement(By.cssSelector("#answer [role=alert]"))
                        .getText())
                .contains("useDate")
                .contains("'2020-13-01' is not an ISO date");
        assertThat(page.control("useDate").getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    private JsonNode get(String path) throws Exception {
        return Json.MAPPER.readTree(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private JsonNode coverage(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/coverage"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(query))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return Json.MAPPER.readTree(response.body());
    }
}
