package org.onestop.launcher;

import java.nio.file.Path;

/** The server.properties of the single-node KRaft broker (broker and controller in one process). */
public final class KafkaServerProperties {

    private KafkaServerProperties() {
    }

    public static String render(Path dataDirectory, int clientPort, int controllerPort) {
        String controller = "127.0.0.1:" + controllerPort;
        return """
                # Written by the OneStop launcher on every start; edits are overwritten.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%2$s
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://%2$s
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                auto.create.topics.enable=true
                group.initial.rebalance.delay.ms=0
                """.formatted(clientPort, controller, dataDirectory.toAbsolutePath().toString().replace('\\', '/'));
    }
}
