package org.onestop.gateway.limits;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The buckets' store: this replica's memory, or PostgreSQL shared by the replicas (docs/adr/0003); the shared one's
 * pool and scheduler are closed with the gateway.
 */
@Configuration(proxyBeanMethods = false)
class BucketStores {

    @Bean
    ClientBuckets clientBuckets(RateLimitSettings settings, MeterRegistry meters) {
        LocalBuckets local = new LocalBuckets(settings.maxClients(), settings.longestTimeToFill());
        return switch (settings.store()) {
            case MEMORY -> local;
            case POSTGRESQL -> new PostgresBuckets(settings.postgresql(), local, meters);
        };
    }
}
