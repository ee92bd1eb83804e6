package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.api.ApiServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A rules directory at an absolute path, whose DRL holds a line of /etc/passwd, on a service that listens beyond this
 * machine: without the admin token, neither the path nor the file's text shows in /v1/ruleset, health or info; with
 * it, the full problem does. (On a loopback-only service the message is shown without the token: LoopbackDisclosureTest.)
 */
@SpringBootTest(classes = ApiServer.class, properties = "server.address=0.0.0.0")
@AutoConfigureMockMvc
class RulesDisclosureTest {
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";
    private static final String TOKEN = "disclosure-token";
    private static Path rules;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) throws IOException {
        rules = Files.createTempDirectory("pledgescope-disclosure")
                .toAbsolutePath()
                .resolve("rules");
        Path pack = Files.createDirectories(rules.resolve("leaky"));
        Files.copy(TestRules.packs("valid/minimal/pack.yaml"), pack.resolve("pack.yaml"));
        Files.writeString(pack.resolve("rules.drl"), SECRET + "\n");
        registry.add("pledgescope.rules", rules::toString);
        registry.add("pledgescope.admin-token", () -> TOKEN);
    }

    private String body(String path, String authorization) throws Exception {
        var request = get(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void withoutTheTokenNoPathAndNoFileTextIsShown() throws Exception {
        for (String path : new String[] {"/v1/ruleset", "/actuator/health", "/actuator/info"}) {
            String body = body(path, null);
            assertThat(body)
                    .as(path)
                    .doesNotContain(rules.toString())
                    .doesNotContain("root:")
                    .doesNotContain("/bin/bash");
        }
        assertThat(body("/v1/ruleset", null)).contains("leaky/rules.drl:1: " + Disclosure.HIDDEN);
        assertThat(body("/v1/ruleset", "Bearer wrong")).doesNotContain(rules.toString());
    }

    @Test
    void withTheTokenTheFullProblemIsShown() throws Exception {
        assertThat(body("/v1/ruleset", "Bearer " + TOKEN)).contains(rules.resolve("leaky/rules.drl") + ":1: ");
    }
}
