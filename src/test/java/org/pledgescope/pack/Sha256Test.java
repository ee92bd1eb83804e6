package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected digests computed outside Java (Python's hashlib). */
class Sha256Test {
    @Test
    void partsAreClosedByANulSoTheirBoundariesCount() {
        assertThat(Sha256.start().part("ab").part("c").hex())
                .isEqualTo("629c2f14f654f026086f2aefe1855533d0897f49df86a19073be17b237361b09");
        assertThat(Sha256.start().part("a").part("bc").hex())
                .isEqualTo("aa795aa4bbb6117911ef062e271bcb05ccfd58ea439da7d46a44e3a3fcefa790");
    }

    @Test
    void addedBytesAreNotClosed() {
        assertThat(Sha256.start().part("k").add(new byte[] {9, 8}).hex())
                .isEqualTo("521cfbe765c8adc1b8828297db2baf443f941010b36cde47a1db0dbb917050ae");
    }
}
