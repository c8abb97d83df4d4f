package io.kafkapipeline.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecurityTest {

    @Test
    void theTokenIsAcceptedAsBearerOrAsBasicPasswordAndNothingElse() {
        Security security = new Security("s3cret");
        assertThat(security.authorized("Bearer s3cret")).isTrue();
        assertThat(security.authorized("Basic " + basic("anyone:s3cret"))).isTrue();
        assertThat(security.authorized("Bearer wrong")).isFalse();
        assertThat(security.authorized("Basic " + basic("s3cret:"))).isFalse();
        assertThat(security.authorized("Basic not-base64!")).isFalse();
        assertThat(security.authorized(null)).isFalse();
    }

    @Test
    void onlyNamesOfThisMachineAreLocalHosts() {
        assertThat(Security.localHost("127.0.0.1:9000")).isTrue();
        assertThat(Security.localHost("localhost:9000")).isTrue();
        assertThat(Security.localHost("[::1]:9000")).isTrue();
        assertThat(Security.localHost("127.0.0.2")).isTrue();
        assertThat(Security.localHost("attacker.example:9000")).isFalse();
        assertThat(Security.localHost("localhost.attacker.example")).isFalse();
        assertThat(Security.localHost("127.0.0.1.nip.io:9000")).isFalse();
        assertThat(Security.localHost(null)).isFalse();
    }

    @Test
    void eachConsoleRunHasItsOwnCsrfToken() {
        assertThat(new Security(null).csrfToken()).hasSize(48).isNotEqualTo(new Security(null).csrfToken());
    }

    private static String basic(String userPassword) {
        return Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }
}
