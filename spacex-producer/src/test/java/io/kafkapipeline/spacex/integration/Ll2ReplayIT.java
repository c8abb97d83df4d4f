package io.kafkapipeline.spacex.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * spacex-producer with {@code SPACEX_API=ll2 SOURCE=replay} (set in this module's failsafe configuration) as a
 * process of the local stack, as {@code ./pipeline up} runs it: the recorded Launch Library 2 bodies go through
 * Kafka and the Connect sink into {@code spacex_launches}, and the rows are read back.
 */
@ExtendWith(LocalStackExtension.class)
class Ll2ReplayIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int RECORDED_SPACEX_LAUNCHES = 14;

    @Test
    void theReplayedSpacexLaunchesOfLaunchLibrary2LandAsRows(LocalStack stack) {
        CqlSession cql = stack.cqlSession();
        await("the 14 SpaceX launches of the recorded LL2 bodies in kafkapipeline.spacex_launches")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> cql.execute("SELECT COUNT(*) FROM kafkapipeline.spacex_launches")
                                .one()
                                .getLong(0)
                        == RECORDED_SPACEX_LAUNCHES);

        Row starship = cql.execute("SELECT * FROM kafkapipeline.spacex_launches"
                        + " WHERE launch_id = 'ac897b9f-44d2-4ff4-8416-1a0a076e98a2'")
                .one();
        assertThat(starship).as("Starship Flight 13 (2.2.0 detailed body)").isNotNull();
        assertThat(starship.getString("mission_name")).isEqualTo("Flight 13");
        assertThat(starship.getInstant("launch_date_utc")).isEqualTo(Instant.parse("2026-07-23T22:45:00Z"));
        assertThat(starship.getString("rocket_name")).isEqualTo("Starship");
        assertThat(starship.getString("site_name")).isEqualTo("Orbital Launch Pad 2");
        assertThat(starship.getString("payload_type")).isEqualTo("Test Flight");
        assertThat(starship.isNull("launch_success"))
                .as("status Go: no outcome")
                .isTrue();
        assertThat(starship.isNull("payload_mass_kg")).isTrue();

        Row axiom = cql.execute("SELECT * FROM kafkapipeline.spacex_launches"
                        + " WHERE launch_id = '0805af04-c2ea-4750-9eb4-f24f89eeb5d6'")
                .one();
        assertThat(axiom).as("Axiom Mission 4 (2.0.0 body)").isNotNull();
        assertThat(axiom.getString("mission_name")).isEqualTo("Axiom Space Mission 4");
        assertThat(axiom.getString("site_name")).isEqualTo("Launch Complex 39A");
        assertThat(axiom.getString("payload_type")).isEqualTo("Tourism");

        List<Row> all = cql.execute("SELECT launch_id, rocket_name FROM kafkapipeline.spacex_launches")
                .all();
        assertThat(all)
                .as("LL2 ids are UUIDs (v4 ids are 24 hex digits)")
                .allSatisfy(r -> assertThat(r.getString("launch_id"))
                        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(all).extracting(r -> r.getString("rocket_name")).containsOnly("Falcon 9", "Starship");
    }
}
