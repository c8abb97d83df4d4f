package io.kafkapipeline.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void readsByDottedPathIncludingArrayIndexes() throws Exception {
        JsonNode node = Json.readTree(
                "{\"main\":{\"temp\":12,\"p\":1014},\"weather\":[{\"description\":\"ясно\"}]," + "\"n\":null}");
        assertThat(Fields.number(node, "main.temp")).isEqualTo(12.0);
        assertThat(Fields.integer(node, "main.p")).isEqualTo(1014);
        assertThat(Fields.text(node, "weather.0.description")).isEqualTo("ясно");
        assertThat(Fields.nullableNumber(node, "n")).isNull();
        assertThat(Fields.nullableBoolean(node, "absent")).isNull();
    }

    @Test
    void missingOrWrongTypesNameThePath() throws Exception {
        JsonNode node = Json.readTree("{\"main\":{\"temp\":\"hot\"}}");
        assertThatThrownBy(() -> Fields.number(node, "main.temp"))
                .hasMessage("expected number at main.temp (found string)");
        assertThatThrownBy(() -> Fields.text(node, "weather.0.description"))
                .hasMessage("expected text at weather.0.description (missing)");
    }

    @Test
    void emptyAndTruncatedBodiesAreMalformed() {
        assertThatThrownBy(() -> Json.readTree(""))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage("empty body");
        assertThatThrownBy(() -> Json.readTree("{\"coord\":{\"lon\":105.8"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageStartingWith("invalid JSON:");
    }
}
