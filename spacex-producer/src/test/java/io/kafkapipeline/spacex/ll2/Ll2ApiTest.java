package io.kafkapipeline.spacex.ll2;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class Ll2ApiTest {

    @Test
    void theVersionDecidesTheLaunchPaths() {
        assertThat(new Ll2Api(URI.create("https://ll.thespacedevs.com/2.3.0")).firstPage(Ll2Feed.UPCOMING, 100))
                .isEqualTo("https://ll.thespacedevs.com/2.3.0/launches/upcoming/?lsp__id=121&mode=normal&ordering=net"
                        + "&limit=100");
        assertThat(new Ll2Api(URI.create("https://ll.thespacedevs.com/2.2.0")).firstPage(Ll2Feed.PREVIOUS, 10))
                .isEqualTo("https://ll.thespacedevs.com/2.2.0/launch/previous/?lsp__id=121&mode=normal&ordering=-net"
                        + "&limit=10");
        assertThat(new Ll2Api(URI.create("http://mirror:8080/api/2.0.0")).path(Ll2Feed.UPCOMING))
                .isEqualTo("/api/2.0.0/launch/upcoming/");
    }

    @Test
    void nextLinksAreFollowedOnTheConfiguredHostOnly() {
        Ll2Api api = new Ll2Api(URI.create("http://127.0.0.1:8080/2.2.0"));
        assertThat(api.onThisHost("https://lldev.thespacedevs.com/2.2.0/launch/upcoming/?limit=5&offset=5"))
                .isEqualTo("http://127.0.0.1:8080/2.2.0/launch/upcoming/?limit=5&offset=5");
        assertThat(api.onThisHost(null)).isNull();
        assertThat(api.onThisHost("not a url")).isNull();
    }

    @Test
    void aRootWithoutVersionIsExplained() {
        assertThat(Ll2Api.versionProblem(URI.create("https://ll.thespacedevs.com")))
                .contains("ending in its version");
        assertThat(Ll2Api.versionProblem(URI.create("https://ll.thespacedevs.com/2.3.0/launches")))
                .isNotNull();
        assertThat(Ll2Api.versionProblem(URI.create("https://lldev.thespacedevs.com/2.2.0")))
                .isNull();
    }
}
