package org.pledgescope.api.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;

/**
 * A map's worlds are answered in parallel on the map threads alone: none of the work goes to the JVM's shared pool,
 * whose threads would otherwise take the cores the queries need (a map used to run there, on every core).
 */
class MapThreadsTest extends ApiTest {
    @Test
    void aMapIsMadeOnTheMapThreadsAloneNotOnTheSharedPool() throws Exception {
        long stolenBefore = ForkJoinPool.commonPool().getStealCount();
        mvc.perform(
                        get("/v1/pledges/ibm-facial-recognition-exit/map") // 3,360 worlds
                                .param("asKnownOn", "2020-07-16")
                                .param("useDate", "2020-07-16"))
                .andExpect(status().isOk());
        assertThat(ForkJoinPool.commonPool().getStealCount()).isEqualTo(stolenBefore);
    }
}
