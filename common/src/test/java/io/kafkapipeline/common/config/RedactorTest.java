package io.kafkapipeline.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksKnownSecretsAndKeyLikeQueryParameters() {
        Redactor redactor = Redactor.of("s3cr3t+key");
        assertThat(redactor.redact("GET http://h/data?q=Hanoi&appid=s3cr3t%2Bkey&units=metric"))
                .isEqualTo("GET http://h/data?q=Hanoi&appid=***&units=metric");
        assertThat(redactor.redact("bad key s3cr3t+key in body")).isEqualTo("bad key *** in body");
        assertThat(Redactor.NONE.redact("http://h/x?api_key=abc&token=def#frag"))
                .isEqualTo("http://h/x?api_key=***&token=***#frag");
        assertThat(Redactor.NONE.redact(null)).isNull();
    }

    @Test
    void describeIsOneLine() {
        Redactor redactor = Redactor.of("k1");
        assertThat(redactor.describe(new IllegalStateException("a\nb k1"))).isEqualTo("IllegalStateException: a b ***");
    }
}
