package io.kafkapipeline.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersonGeneratorTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2024, 5, 1);

    private static List<FakerPerson> generate(long seed, int count) {
        PersonGenerator generator = new PersonGenerator(Locale.US, new Random(seed), CLOCK);
        List<FakerPerson> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(generator.next());
        }
        return people;
    }

    @Test
    void everyFieldIsFilledAndTyped() throws Exception {
        for (FakerPerson p : generate(7, 500)) {
            assertThat(List.of(
                            p.name(),
                            p.address(),
                            p.email(),
                            p.phoneNumber(),
                            p.company(),
                            p.job(),
                            p.city(),
                            p.country()))
                    .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("\n"));
            assertThat(p.email()).contains("@");
            assertThat(p.year()).isBetween(1970, 2024);
            assertThat(p.dateOfBirth()).isBetween(TODAY.minusYears(90), TODAY.minusYears(18));
            assertThat(p.key()).isEqualTo(p.name() + "|" + p.address());

            JsonNode json = Json.readTree(p.toJson());
            assertThat(json.get("year").isInt()).isTrue();
            assertThat(json.get("date_of_birth").textValue())
                    .matches("\\d{4}-\\d{2}-\\d{2}")
                    .isEqualTo(p.dateOfBirth().toString());
            assertThat(json.get("phone_number").textValue()).isEqualTo(p.phoneNumber());
            assertThat(json.size()).isEqualTo(FakerPerson.TYPE.columns().size());
        }
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        List<FakerPerson> first = generate(42, 200);
        assertThat(generate(42, 200)).isEqualTo(first);
        assertThat(generate(43, 200)).isNotEqualTo(first);
        assertThat(first.stream().map(FakerPerson::key).distinct().count()).isGreaterThan(190);
    }
}
