package org.pledgescope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * On a service that listens on the loopback interface only, a failed reload (what {@code serve --watch} meets after a
 * save that breaks a pack) shows its message on the Rule set page without the admin token, at its file under the
 * rules directory, never the directory's absolute path.
 */
class ReloadErrorShownLocallyTest extends DeskTest {

    private int reload() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/ruleset/reload"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void theMessageOfAFailedReloadIsOnThePage() throws Exception {
        Path table = RULES.resolve("body-cams/rules.csv");
        String good = Files.readString(table);
        Files.writeString(table, good.replace(",cam.product,", ",product,"));
        try {
            assertThat(reload()).isEqualTo(422);
            page.load("#/ruleset");
            page.awaitView("ruleset/");
            String error = page.driver.findElement(By.id("last-error")).getText();
            assertThat(error)
                    .contains("body-cams/rules.csv!C1: 'product' is not a column a table can have (did you mean"
                            + " 'cam.product'?)")
                    .doesNotContain(RULES.toString())
                    .doesNotContain("shown with the admin token");
        } finally {
            Files.writeString(table, good);
            assertThat(reload()).isEqualTo(200);
        }
    }
}
