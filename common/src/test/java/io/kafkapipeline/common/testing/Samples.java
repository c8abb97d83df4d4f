package io.kafkapipeline.common.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One valid record of each contract, as the producers write them, shared by the tests of every module; and their JSON
 * with edits, for the values a contract refuses but a topic may still carry.
 */
public final class Samples {

    public static final WeatherReport WEATHER = new WeatherReport(
            "Hanoi",
            Instant.parse("2026-11-28T04:00:00Z"),
            "light rain",
            24.08,
            24.9,
            23.0,
            25.5,
            1012,
            78,
            3.6,
            Instant.parse("2026-11-27T23:13:00Z"),
            Instant.parse("2026-11-28T10:15:00Z"));

    public static final FakerPerson FAKER = new FakerPerson(
            "Jane Doe",
            "12 Main St, Berlin",
            2024,
            "jane.doe@example.com",
            "+49 30 1234567",
            "Acme Inc",
            "Software Engineer",
            "Berlin",
            "Germany",
            LocalDate.of(1987, 3, 2));

    /** FalconSat as spacex-producer writes it from the recorded v4 dump (SpacexLiveTest checks that). */
    public static final SpacexLaunch SPACEX = new SpacexLaunch(
            "5eb87cd9ffd86e000604b32a",
            "FalconSat",
            Instant.parse("2006-03-24T22:30:00Z"),
            "Falcon 1",
            false,
            "Kwajalein Atoll",
            "Satellite",
            20.0);

    public static final SpacexLaunch SPACEX_UPCOMING =
            new SpacexLaunch("62dd70d5202306255024d139", "USSF-44", null, null, null, null, null, null);

    /** A post as social-producer writes it to {@code twitter} (milliseconds kept, as Mastodon gives them). */
    public static final SocialPost SOCIAL_POST = new SocialPost(
            "114870142396314555",
            "Fitting #rstats models today, and it went well",
            Instant.parse("2025-07-17T19:32:01.123Z"),
            "mastodon.social#rstats",
            "en",
            "https://mastodon.social/@someone/114870142396314555",
            "replay");

    /** {@link #SOCIAL_POST} as the classifier writes it to {@code twittersink}. */
    public static final ClassifiedPost CLASSIFIED = ClassifiedPost.of(SOCIAL_POST, ClassifiedPost.POSITIVE, 0.87);

    private Samples() {}

    /** The sample of {@code type}. */
    public static TableRecord of(RecordType<?> type) {
        return Stream.of(WEATHER, FAKER, SPACEX, CLASSIFIED)
                .filter(type.type()::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample of " + type));
    }

    /** The JSON of {@code record}, edited by {@code edit}. */
    public static String edited(TableRecord record, Consumer<ObjectNode> edit) {
        ObjectNode tree = Json.mapper().valueToTree(record);
        edit.accept(tree);
        return tree.toString();
    }
}
