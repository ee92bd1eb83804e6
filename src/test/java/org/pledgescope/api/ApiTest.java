package org.pledgescope.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shared MockMvc setup: the project's rules/ (compiled once per test run, as every class extending this
 * shares one Spring context), an admin token, and the decision log written to target/.
 */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {"pledgescope.admin-token=" + ApiTest.TOKEN, "pledgescope.decision-log=" + ApiTest.DECISION_LOG})
@AutoConfigureMockMvc
public abstract class ApiTest {
    public static final String TOKEN = "test-token";
    public static final String DECISION_LOG = "target/test-decisions.log";
    public static final String PLEDGE = "amazon-rekognition-moratorium";

    @Autowired
    protected MockMvc mvc;

    /** The example query from examples/queries/ (COVERED: police face search, July 2020). */
    public static String example() {
        try {
            return Files.readString(Path.of("examples/queries/police-face-search.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
