package io.kafkapipeline.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDefTest {
    enum Mode {
        LIVE,
        REPLAY
    }

    static final ConfigKey<String> NAME = ConfigKey.string("X_NAME", "seed", "A name.");
    static final ConfigKey<Integer> COUNT = ConfigKey.integer("X_COUNT", 3, Range.between(1, 10), "A count.");
    static final ConfigKey<List<String>> CITIES = ConfigKey.list("X_CITIES", "Hanoi,Ho Chi Minh City", "Cities.");
    static final ConfigKey<URI> URL = ConfigKey.url("X_URL", "http://localhost:1/", "A URL.");
    static final ConfigKey<Mode> MODE = ConfigKey.choice("X_MODE", Mode.LIVE, Mode.class, "A mode.");
    static final ConfigKey<String> KEY = ConfigKey.secret("X_KEY", "A secret.");
    static final ConfigKey<OptionalLong> SEED = ConfigKey.optionalLong("X_SEED", "A seed.");

    private final ConfigDef def = new ConfigDef().define(NAME, COUNT, CITIES, URL, MODE, KEY, SEED);

    @Test
    void defaultsApplyWhenUnset() {
        Config config = def.parse(Env.of(Map.of()));
        assertThat(config.get(NAME)).isEqualTo("seed");
        assertThat(config.get(COUNT)).isEqualTo(3);
        assertThat(config.get(CITIES)).containsExactly("Hanoi", "Ho Chi Minh City");
        assertThat(config.get(URL)).hasToString("http://localhost:1");
        assertThat(config.get(MODE)).isEqualTo(Mode.LIVE);
        assertThat(config.get(KEY)).isEmpty();
        assertThat(config.get(SEED)).isEmpty();
        assertThat(config.describe())
                .isEqualTo("X_NAME=seed, X_COUNT=3, X_CITIES=[Hanoi, Ho Chi Minh City],"
                        + " X_URL=http://localhost:1, X_MODE=live, X_KEY=(unset), X_SEED=(unset)");
    }

    @Test
    void valuesAreParsedAndTrimmed() {
        Config config = def.parse(
                Env.of(Map.of("X_COUNT", " 7 ", "X_CITIES", " Moscow , ,Paris", "X_MODE", "REPLAY", "X_SEED", "42")));
        assertThat(config.get(COUNT)).isEqualTo(7);
        assertThat(config.get(CITIES)).containsExactly("Moscow", "Paris");
        assertThat(config.get(MODE)).isEqualTo(Mode.REPLAY);
        assertThat(config.get(SEED)).hasValue(42L);
    }

    @Test
    void invalidValuesFailWithOneLineNamingTheVariable() {
        assertThatThrownBy(() -> def.parse(Env.of(Map.of("X_COUNT", "eleven"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid X_COUNT='eleven': is not an integer");
        assertThatThrownBy(() -> def.parse(Env.of(Map.of("X_COUNT", "11"))))
                .hasMessage("Invalid X_COUNT='11': must be between 1 and 10");
        assertThatThrownBy(() -> def.parse(Env.of(Map.of("X_URL", "ftp://x"))))
                .hasMessageStartingWith("Invalid X_URL=");
        assertThatThrownBy(() -> def.parse(Env.of(Map.of("X_MODE", "later"))))
                .hasMessage("Invalid X_MODE='later': must be one of live|replay");
        assertThatThrownBy(() -> def.parse(Env.of(Map.of("X_CITIES", " , "))))
                .hasMessage("Invalid X_CITIES=',': must list at least one item");
    }

    @Test
    void secretsAreReadFromFileAndNeverDescribed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, "file-secret-123\n");
        Config config = def.parse(Env.of(Map.of("X_KEY_FILE", file.toString())));
        assertThat(config.get(KEY)).isEqualTo("file-secret-123");
        assertThat(config.describe()).contains("X_KEY=***").doesNotContain("file-secret-123");

        Config direct = def.parse(Env.of(Map.of("X_KEY", "direct", "X_KEY_FILE", file.toString())));
        assertThat(direct.get(KEY)).isEqualTo("direct");

        assertThatThrownBy(() -> def.parse(
                        Env.of(Map.of("X_KEY_FILE", dir.resolve("missing").toString()))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("X_KEY_FILE: cannot read");
    }

    @Test
    void markdownTableListsEveryKeyWithDefault() {
        String table = def.markdownTable();
        assertThat(table).startsWith("| Variable | Default | Description |");
        assertThat(table).contains("| `X_COUNT` | `3` | A count. (int) |");
        assertThat(table)
                .contains("| `X_KEY` | (unset) | A secret. (secret) Also read from the file named by `X_KEY_FILE`. |");
        assertThat(table).contains("| `X_MODE` | `live` | A mode. (live\\|replay) |");
        assertThat(table.lines()).hasSize(2 + def.keys().size());
    }

    static final ConfigKey<Boolean> ALL = ConfigKey.bool("X_ALL", false, "Read everything.");
    static final ConfigKey<Boolean> UI = ConfigKey.onOff("X_UI", true, "Start the UI.");
    static final ConfigKey<Integer> LIMIT = ConfigKey.integer("X_LIMIT", 0, Range.atLeast(0), "A limit.");
    static final ConfigKey<Double> RATE = ConfigKey.decimal("X_RATE", "0.5", Range.between(0.1, 2), "A rate.");
    static final ConfigKey<OptionalLong> MAX = ConfigKey.optionalLong("X_MAX", Range.atLeast(1), "A maximum.");

    private final ConfigDef switches = new ConfigDef().define(ALL, UI, LIMIT, RATE, MAX);

    @Test
    void switchesAreBooleansWrittenInTheirOwnWordsInAnyCase() {
        Config defaults = switches.parse(Env.of(Map.of()));
        assertThat(defaults.get(ALL)).isFalse();
        assertThat(defaults.get(UI)).isTrue();

        Config set = switches.parse(Env.of(Map.of("X_ALL", "TRUE", "X_UI", "Off")));
        assertThat(set.get(ALL)).isTrue();
        assertThat(set.get(UI)).isFalse();

        assertThat(switches.markdownTable())
                .contains("| `X_ALL` | `false` | Read everything. (true\\|false) |")
                .contains("| `X_UI` | `on` | Start the UI. (on\\|off) |");
        assertThatThrownBy(() -> switches.parse(Env.of(Map.of("X_ALL", "yes"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid X_ALL='yes': must be true or false");
        assertThatThrownBy(() -> switches.parse(Env.of(Map.of("X_UI", "true"))))
                .hasMessage("Invalid X_UI='true': must be on or off");
    }

    @Test
    void rangesNameTheirBoundsInTheMessage() {
        Config config = switches.parse(Env.of(Map.of("X_LIMIT", "2147483647", "X_RATE", "2", "X_MAX", "1")));
        assertThat(config.get(LIMIT)).isEqualTo(Integer.MAX_VALUE);
        assertThat(config.get(RATE)).isEqualTo(2.0);
        assertThat(config.get(MAX)).hasValue(1L);

        assertThatThrownBy(() -> switches.parse(Env.of(Map.of("X_LIMIT", "-1"))))
                .hasMessage("Invalid X_LIMIT='-1': must be at least 0");
        assertThatThrownBy(() -> switches.parse(Env.of(Map.of("X_RATE", "2.5"))))
                .hasMessage("Invalid X_RATE='2.5': must be between 0.1 and 2");
        assertThatThrownBy(() -> switches.parse(Env.of(Map.of("X_RATE", "NaN"))))
                .hasMessage("Invalid X_RATE='NaN': must be between 0.1 and 2");
        assertThatThrownBy(() -> switches.parse(Env.of(Map.of("X_MAX", "0"))))
                .hasMessage("Invalid X_MAX='0': must be at least 1");
        assertThatThrownBy(() -> Range.between(10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> new ConfigDef().define(NAME).define(NAME)).isInstanceOf(IllegalStateException.class);
    }

    static final ConfigKey<Path> HOME =
            ConfigKey.path("X_HOME", "the folder found", () -> Path.of("/srv/found"), "Home.");
    static final ConfigKey<Path> STATE = ConfigKey.path("X_STATE", HOME, ".state", "State under home.");
    static final ConfigKey<Optional<Path>> JDK = ConfigKey.optionalPath("X_JDK", "this JVM", "A JDK.");
    static final ConfigKey<Integer> PORT = ConfigKey.port("X_PORT", 9042, "A port.");
    static final ConfigKey<String> HEAP = ConfigKey.heapSize("X_HEAP", "512m", "A heap.");
    static final ConfigKey<Duration> WAIT = ConfigKey.seconds("X_WAIT", 240, Range.between(1, 3600), "A wait.");
    static final ConfigKey<List<String>> PICK =
            ConfigKey.subsetOf("X_PICK", List.of("a", "b"), List.of("a", "b", "c"), "Picked.");

    private final ConfigDef stack = new ConfigDef().define(HOME, STATE, JDK, PORT, HEAP, WAIT, PICK);

    @Test
    void pathsPortsHeapsDurationsAndSubsetsHaveDefaultsDerivedWhereDocumented() {
        Config config = stack.parse(Env.of(Map.of()));
        assertThat(config.get(HOME)).isEqualTo(Path.of("/srv/found"));
        assertThat(config.get(STATE)).isEqualTo(Path.of("/srv/found/.state"));
        assertThat(config.get(JDK)).isEmpty();
        assertThat(config.get(PORT)).isEqualTo(9042);
        assertThat(config.get(HEAP)).isEqualTo("512m");
        assertThat(config.get(WAIT)).isEqualTo(Duration.ofSeconds(240));
        assertThat(config.get(PICK)).containsExactly("a", "b");

        Config set = stack.parse(Env.of(
                Map.of("X_HOME", "/opt/home", "X_STATE", "elsewhere", "X_JDK", "/usr/lib/jvm/17", "X_PICK", " c, a ")));
        assertThat(set.get(STATE)).isEqualTo(Path.of("/opt/home/elsewhere"));
        assertThat(set.get(JDK)).contains(Path.of("/usr/lib/jvm/17"));
        assertThat(set.get(PICK)).containsExactly("c", "a");
        assertThat(stack.parse(Env.of(Map.of("X_PICK", "none"))).get(PICK)).isEmpty();
        assertThat(stack.parse(Env.of(Map.of("X_STATE", "/abs"))).get(STATE)).isEqualTo(Path.of("/abs"));
    }

    @Test
    void badPortsHeapsDurationsAndSubsetsAreNamed() {
        assertThatThrownBy(() -> stack.parse(Env.of(Map.of("X_PORT", "70000"))))
                .hasMessage("Invalid X_PORT='70000': is not a port number (1-65535)");
        assertThatThrownBy(() -> stack.parse(Env.of(Map.of("X_HEAP", "lots"))))
                .hasMessage("Invalid X_HEAP='lots': is not a heap size such as 512m or 1g");
        assertThatThrownBy(() -> stack.parse(Env.of(Map.of("X_WAIT", "0"))))
                .hasMessage("Invalid X_WAIT='0': must be between 1 and 3600");
        assertThatThrownBy(() -> stack.parse(Env.of(Map.of("X_PICK", "a,d"))))
                .hasMessage("Invalid X_PICK='a,d': names 'd'; known: a, b, c (or none)");
    }

    @Test
    void derivedAndComputedDefaultsAreDocumentedInWords() {
        String table = stack.markdownTable();
        assertThat(table).contains("| `X_HOME` | the folder found | Home. (path) |");
        assertThat(table).contains("| `X_STATE` | `$X_HOME/.state` | State under home. (path) |");
        assertThat(table).contains("| `X_JDK` | this JVM | A JDK. (path) |");
        assertThat(stack.text())
                .contains(String.format("  %-24s %s [%s]%n", "X_STATE", "State under home.", "$X_HOME/.state"));
    }

    @Test
    void anExtraCheckRejectsAParsedValueNamingTheVariable() {
        ConfigKey<URI> versioned = ConfigKey.url("X_API", "https://api.example.org/2.3.0", "An API root.")
                .withCheck(uri -> uri.getPath().matches("/\\d+\\.\\d+\\.\\d+")
                        ? null
                        : "must end with the API version, e.g. https://api.example.org/2.3.0");
        ConfigDef checked = new ConfigDef().define(versioned);

        assertThat(checked.parse(Env.of(Map.of())).get(versioned)).hasPath("/2.3.0");
        assertThat(checked.parse(Env.of(Map.of("X_API", "http://mirror:8080/2.0.0/")))
                        .get(versioned))
                .hasToString("http://mirror:8080/2.0.0");
        assertThatThrownBy(() -> checked.parse(Env.of(Map.of("X_API", "https://api.example.org"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid X_API='https://api.example.org': must end with the API version, e.g."
                        + " https://api.example.org/2.3.0");
        assertThatThrownBy(() -> checked.parse(Env.of(Map.of("X_API", "ftp://x/2.3.0"))))
                .hasMessageContaining("must be an http:// or https:// URL");
    }
}
