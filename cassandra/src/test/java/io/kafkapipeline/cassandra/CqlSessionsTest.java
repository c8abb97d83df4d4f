package io.kafkapipeline.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfig;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CqlSessionsTest {

    @Test
    void driverSettingsComeFromTheOneConfFileOverTheDriversDefaults() {
        DriverConfig config = CqlSessions.configLoader().getInitialConfig();

        assertThat(config.getDefaultProfile().getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(config.getProfile(CqlSessions.DDL_PROFILE).getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(config.getDefaultProfile().getDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY))
                .as("a CLI session reconnects within 5 s")
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(config.getDefaultProfile().getInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD))
                .as("no 2 s quiet period on close")
                .isZero();
        assertThat(config.getDefaultProfile().getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER))
                .isEqualTo(CqlSessions.DEFAULT_LOCAL_DC);
        assertThat(config.getDefaultProfile().getDuration(DefaultDriverOption.HEARTBEAT_INTERVAL))
                .as("the driver's own default where driver.conf says nothing")
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theShellsSettingsAreTheSameFilePlusEveryKeyspacesMetadata() {
        DriverConfig config = DriverConfigLoader.fromClasspath(CqlSessions.ALL_KEYSPACES_RESOURCE)
                .getInitialConfig();

        assertThat(config.getDefaultProfile().getStringList(DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES))
                .isEmpty();
        assertThat(config.getDefaultProfile().getDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(CqlSessions.configLoader()
                        .getInitialConfig()
                        .getDefaultProfile()
                        .getStringList(DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES))
                .as("other sessions keep the driver's default: no system keyspaces")
                .contains("!system");
    }

    @Test
    void aNodeThatDoesNotAnswerFailsWithOneLineNamingTheAddress() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int closed = port;
        long start = System.nanoTime();
        assertThatThrownBy(() -> CqlSessions.open("127.0.0.1", closed))
                .isInstanceOf(CqlConnectException.class)
                .hasMessage("cannot connect to Cassandra at 127.0.0.1:" + closed + ": no node answered");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }
}
