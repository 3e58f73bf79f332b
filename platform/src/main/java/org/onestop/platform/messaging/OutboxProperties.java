package org.onestop.platform.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param batchSize           rows sent per round trip
 * @param pollInterval        longest wait for a NOTIFY before looking at the table anyway
 * @param leaderRetryInterval how often a standby instance tries to become the active relay
 * @param topics              the topics this service publishes, created at start-up if missing
 * @param partitions          partitions of a topic created here
 */
@ConfigurationProperties("onestop.outbox")
public record OutboxProperties(int batchSize, Duration pollInterval, Duration leaderRetryInterval, List<String> topics,
                               int partitions) {

    public OutboxProperties {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
