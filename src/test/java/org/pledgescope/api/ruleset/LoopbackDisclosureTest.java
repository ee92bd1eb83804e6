package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether the service listens on this machine only, so a load problem's message may be shown without the admin token:
 * a loopback address or name is; no address (every interface), a wildcard or another interface's address is not.
 */
class LoopbackDisclosureTest {

    @Test
    void loopbackAddressesAndNamesKeepTheServiceOnThisMachine() {
        assertThat(Disclosure.loopbackOnly("127.0.0.1")).isTrue();
        assertThat(Disclosure.loopbackOnly("::1")).isTrue();
        assertThat(Disclosure.loopbackOnly("localhost")).isTrue();
    }

    @Test
    void everyInterfaceOrAnotherAddressDoesNot() {
        assertThat(Disclosure.loopbackOnly(null)).isFalse();
        assertThat(Disclosure.loopbackOnly("")).isFalse();
        assertThat(Disclosure.loopbackOnly("0.0.0.0")).isFalse();
        assertThat(Disclosure.loopbackOnly("192.0.2.10")).isFalse();
    }
}
