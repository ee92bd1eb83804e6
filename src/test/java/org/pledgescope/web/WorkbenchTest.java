package org.pledgescope.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgescope.api.ApiServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench in a real browser: the service on a random loopback port with the project's rules/ (one Spring
 * context for every class extending this), and the shared headless Chromium. Skipped where Chromium is missing.
 */
@ExtendWith(NeedsChromium.class)
@SpringBootTest(classes = ApiServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "pledgescope.admin-token=" + WorkbenchTest.TOKEN})
abstract class WorkbenchTest {
    static final String TOKEN = "workbench-token";
    static final String AMAZON = "amazon-rekognition-moratorium";

    @LocalServerPort
    int port;
    Workbench page;

    @BeforeEach
    void openBrowser() {
        page = new Workbench(Browser.get(), "http://127.0.0.1:" + port + "/");
    }
}
