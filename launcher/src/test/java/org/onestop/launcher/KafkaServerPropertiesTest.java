package org.onestop.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaServerPropertiesTest {

    private Properties render(int clientPort, int controllerPort) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(KafkaServerProperties.render(Path.of("/data/kafka/data"), clientPort, controllerPort)));
        return properties;
    }

    @Test
    void oneNodeIsBrokerAndController() throws IOException {
        Properties properties = render(29092, 29093);

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:29093")
                .containsEntry("controller.listener.names", "CONTROLLER");
    }

    @Test
    void listenersUseTheGivenPortsOnLoopback() throws IOException {
        Properties properties = render(39092, 39093);

        assertThat(properties)
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:39092,CONTROLLER://127.0.0.1:39093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:39092");
    }

    @Test
    void singleNodeReplicationAndDevelopmentFriendlyDefaults() throws IOException {
        Properties properties = render(29092, 29093);

        assertThat(properties)
                .containsEntry("log.dirs", "/data/kafka/data")
                .containsEntry("num.partitions", "3")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }
}
