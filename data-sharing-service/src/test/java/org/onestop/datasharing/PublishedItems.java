package org.onestop.datasharing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.testsupport.TestEvents;
import tools.jackson.databind.json.JsonMapper;

/** Publishes item versions as management does, with only the guide fields a test needs. */
public final class PublishedItems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Version 1 of an item of region 330100 with the given limits and guide (as JSON fields). */
    public static void publish(String department, String code, int legalLimitDays, int promisedLimitDays,
                               Map<String, Object> guide) {
        var event = new ServiceItemPublished(UUID.randomUUID().toString(), code, 1, "事项" + code, "PUBLIC_SERVICE",
                "330100", department, "测试局", legalLimitDays, promisedLimitDays, List.of(), "web", Instant.now(), null);
        Map<String, Object> body = Map.of("itemId", event.itemId(), "code", code, "version", 1, "name", event.name(),
                "itemType", "PUBLIC_SERVICE", "regionCode", "330100", "departmentCode", department,
                "legalLimitDays", legalLimitDays, "promisedLimitDays", promisedLimitDays, "guide", guide);
        TestEvents.publishRaw(Topics.SERVICE_ITEM, event.aggregateId(), JSON.writeValueAsString(body),
                new TestEvents.ProducerRecordHeaders(event, UUID.randomUUID().toString()));
    }

    private PublishedItems() {
    }
}
