package org.onestop.contracts.datasharing;

import java.time.Instant;
import java.util.Map;
import org.onestop.contracts.DomainEvent;

/**
 * A record of a shared data resource, as one granted department may see it: only the fields of
 * its grant. Sent on that department's own feed topic, {@link #topicFor}, so that a prefixed
 * Kafka ACL on {@code data-sharing.feed.<department>.} lets each department read its feeds only.
 */
public record SharedRecordPublished(
        String resourceCode,
        long seq,
        String recordKey,
        Map<String, Object> data,
        String ownerDepartment,
        String consumerDepartment,
        Instant publishedAt) implements DomainEvent {

    public static final String TYPE = "data-sharing.shared-record.published.v1";

    public SharedRecordPublished {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** The feed topic of one consumer department for one resource. */
    public static String topicFor(String consumerDepartment, String resourceCode) {
        return "data-sharing.feed." + consumerDepartment + "." + resourceCode + ".v1";
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return resourceCode + ":" + recordKey;
    }

    @Override
    public String subject() {
        return recordKey;
    }

    @Override
    public String regionCode() {
        return null;
    }

    @Override
    public String departmentCode() {
        return ownerDepartment;
    }

    @Override
    public String channel() {
        return "system";
    }
}
