package io.kafkapipeline.stack.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.process.ChildJvm;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bad paths of a start: a busy port, a child that dies. Clear messages, and no process left behind. */
class StartFailureIT {

    @Test
    void busyPortIsNamedWithItsSettingAndNothingStarts() throws Exception {
        StackConfig config = LocalStackExtension.testConfig();
        List<String> messages = new ArrayList<>();
        try (ServerSocket squatter = new ServerSocket(config.cassandraPort(), 1, InetAddress.getLoopbackAddress())) {
            assertThat(squatter.isBound()).isTrue();
            LocalStack stack = new LocalStack(config, messages::add);

            assertThatThrownBy(stack::start)
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + config.cassandraPort() + " (CASSANDRA_PORT) already in use")
                    .hasMessageContaining("CASSANDRA_PORT=<port>");
        }
        assertThat(messages).noneMatch(m -> m.contains("starting"));
        assertThat(ChildJvm.processesOf(config.stateDir())).isEmpty();
    }

    @Test
    void childThatDiesDuringStartIsReportedWithItsLogAndEverythingIsStopped() {
        StackConfig config = LocalStackExtension.testConfig().toBuilder()
                // A later -D wins: Cassandra reads a config file that does not exist and exits.
                .extraCassandraJvmOptions(List.of("-Dcassandra.config=file:///nonexistent/cassandra.yaml"))
                .build();
        List<String> messages = new ArrayList<>();
        LocalStack stack = new LocalStack(config, messages::add);

        assertThatThrownBy(stack::start)
                .isInstanceOf(StackException.class)
                .hasMessageContaining("Cassandra exited during start")
                .hasMessageContaining(
                        config.stateDir().resolve("logs/cassandra.log").toString())
                .hasMessageContaining("nonexistent");

        assertThat(messages).contains("Start failed; stopping what was started");
        assertThat(ChildJvm.processesOf(config.stateDir()))
                .as("children of the failed start")
                .isEmpty();
        assertThat(Files.exists(config.stateDir().resolve("run/kafka.pid"))).isFalse();
    }
}
