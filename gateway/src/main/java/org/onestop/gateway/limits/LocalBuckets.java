package org.onestop.gateway.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/**
 * Buckets in this replica's memory, at most {@code max-clients} of them: a bucket not used for as long as the
 * longest route takes to fill one is forgotten (it would be full again anyway), and beyond the bound the least
 * recently used go first, so a flood of new client keys costs memory within the bound and nothing more.
 */
final class LocalBuckets implements ClientBuckets {

    private final Cache<String, Bucket> buckets;

    LocalBuckets(int maxClients, Duration forgetAfter) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(forgetAfter)
                .build();
    }

    @Override
    public Mono<ConsumptionProbe> take(String route, String clientKey, Budget budget) {
        return Mono.just(takeNow(route, clientKey, budget));
    }

    ConsumptionProbe takeNow(String route, String clientKey, Budget budget) {
        Bucket bucket = buckets.get(route + ' ' + clientKey,
                key -> Bucket.builder().addLimit(budget.configuration().getBandwidths()[0]).build());
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
