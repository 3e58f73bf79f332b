package org.onestop.gateway.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/** The token buckets of the clients, one per route and client key; a request takes one token. */
interface ClientBuckets {

    Mono<ConsumptionProbe> take(String route, String clientKey, Budget budget);

    /** A bucket holding {@code capacity} tokens, refilled gradually: all of them in the time it takes to fill. */
    static BucketConfiguration configurationOf(RateLimitSettings.Limits limits) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(limits.capacity()).refillGreedy(limits.capacity(), limits.timeToFill()))
                .build();
    }

    /** A route's limits with the configuration of its buckets, made once. */
    record Budget(RateLimitSettings.Limits limits, BucketConfiguration configuration) {

        static Budget of(RateLimitSettings.Limits limits) {
            return new Budget(limits, configurationOf(limits));
        }
    }
}
