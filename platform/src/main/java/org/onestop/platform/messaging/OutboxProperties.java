package org.onestop.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param batchSize           rows sent per round trip
 * @param pollInterval        longest wait for a NOTIFY before looking at the table anyway
 * @param leaderRetryInterval how often a standby instance tries to become the active relay
 */
@ConfigurationProperties("onestop.outbox")
public record OutboxProperties(int batchSize, Duration pollInterval, Duration leaderRetryInterval) {
}
