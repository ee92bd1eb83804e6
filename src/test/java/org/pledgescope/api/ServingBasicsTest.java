package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** Readiness is UP once a rule set is loaded; the service binds to loopback unless told otherwise. */
class ServingBasicsTest extends ApiTest {
    @Autowired
    Environment environment;

    @Test
    void readinessIsUpWithARuleSet() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }
}
