package org.onestop.management.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class ServiceItemLifecycleIT {

    private static final String ITEMS = CatalogApi.ITEMS;
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private final ApiClient api;
    private final CatalogApi catalog;
    private final ServiceItemCatalog items;
    private final JdbcClient jdbc;

    @Autowired
    ServiceItemLifecycleIT(@Value("${local.server.port}") int port, ServiceItemCatalog items, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.catalog = new CatalogApi(api);
        this.items = items;
        this.jdbc = jdbc;
    }

    private String inReview(String code) {
        String id = catalog.draft(code);
        assertThat(catalog.step(id, "submit", CatalogApi.EDITOR, Map.of()).status()).isEqualTo(200);
        return id;
    }

    private String status(String id) {
        return api.get(ITEMS + "/" + id, CatalogApi.EDITOR).text("status");
    }

    @Test
    void aVersionApprovedForLaterIsPublishedWhenItsDateComes() {
        String id = inReview("330100-LC-0001");
        try (EventProbe probe = EventProbe.on(Topics.SERVICE_ITEM)) {
            var approved = catalog.step(id, "approve", CatalogApi.REVIEWER,
                    Map.of("effectiveFrom", Instant.now().plusSeconds(3).toString(), "comment", "同意，按计划生效"));

            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.text("status")).isEqualTo("SCHEDULED");
            await().atMost(EVENTUALLY).until(() -> status(id).equals("PUBLISHED"));
            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)
                    && r.headers().get("ce_type").equals("management.service-item.published.v1")
                    && r.headers().get("channel").equals("system")));
        }
    }

    @Test
    void aNewVersionSupersedesThePublishedOneWhenItIsPublished() {
        String first = catalog.publish("330100-LC-0002");
        var edited = CatalogApi.item("330100-LC-0002", Guides.complete(null));
        edited.put("promisedLimitDays", 5);

        try (EventProbe probe = EventProbe.on(Topics.SERVICE_ITEM)) {
            var next = api.post(ITEMS + "/" + first + "/versions", CatalogApi.EDITOR, edited);
            assertThat(next.status()).as(next.body()).isEqualTo(201);
            assertThat(next.json().path("version").asInt()).isEqualTo(2);
            assertThat(status(first)).as("the published version stays in force while v2 is drafted").isEqualTo("PUBLISHED");
            String second = next.text("id");
            catalog.step(second, "submit", CatalogApi.EDITOR, Map.of());
            assertThat(catalog.step(second, "publish", CatalogApi.REVIEWER, Map.of()).text("status")).isEqualTo("PUBLISHED");

            assertThat(status(first)).isEqualTo("SUPERSEDED");
            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(first)
                    && r.headers().get("ce_type").equals("management.service-item.superseded.v1")));
            assertThat(probe.poll()).anyMatch(r -> r.key().equals(second) && r.value().contains("\"promisedLimitDays\":5"));
        }
    }

    @Test
    void aPublishedVersionIsImmutable() {
        String id = catalog.publish("330100-LC-0003");
        var edit = CatalogApi.item("330100-LC-0003", Guides.complete(null));
        edit.put("expectedRevision", api.get(ITEMS + "/" + id, CatalogApi.EDITOR).json().path("revision").asLong());

        var refused = api.put(ITEMS + "/" + id, CatalogApi.EDITOR, edit);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("immutable");
    }

    @Test
    void ofTwoConcurrentEditsTheSecondIsAConflict() {
        String id = catalog.draft("330100-LC-0004");
        var edit = CatalogApi.item("330100-LC-0004", Guides.complete(null));
        edit.put("expectedRevision", 0);

        var first = api.put(ITEMS + "/" + id, CatalogApi.EDITOR, edit);
        var second = api.put(ITEMS + "/" + id, CatalogApi.EDITOR, edit);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("revision").asLong()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("currentRevision").asLong()).isEqualTo(1);
        edit.remove("expectedRevision");
        assertThat(api.put(ITEMS + "/" + id, CatalogApi.EDITOR, edit).json().path("errors").get(0).path("field").asText())
                .isEqualTo("expectedRevision");
        assertThat(catalog.step(id, "submit", CatalogApi.EDITOR, Map.of("expectedRevision", 0)).status()).isEqualTo(409);

        // the one style of every service: the revision as the ETag, named in If-Match
        var read = api.get(ITEMS + "/" + id, CatalogApi.EDITOR);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        var overTag = api.put(ITEMS + "/" + id, CatalogApi.EDITOR, edit, Map.of("If-Match", "\"1\""));
        assertThat(overTag.status()).as(overTag.body()).isEqualTo(200);
        assertThat(overTag.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.post(ITEMS + "/" + id + "/submit", CatalogApi.EDITOR, Map.of(), Map.of("If-Match", "\"1\"")).status())
                .as("a step over a stale ETag").isEqualTo(409);
        assertThat(api.post(ITEMS + "/" + id + "/submit", CatalogApi.EDITOR, Map.of(), Map.of("If-Match", "\"2\"")).status())
                .isEqualTo(200);
    }

    @Test
    void aWithdrawnVersionIsAnnouncedAndNeedsAReason() {
        String id = catalog.publish("330100-LC-0005");

        assertThat(catalog.step(id, "withdraw", CatalogApi.REVIEWER, Map.of()).status()).isEqualTo(400);
        try (EventProbe probe = EventProbe.on(Topics.SERVICE_ITEM)) {
            var withdrawn = catalog.step(id, "withdraw", CatalogApi.REVIEWER, Map.of("comment", "事项已取消"));

            assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
            assertThat(withdrawn.text("endReason")).isEqualTo("事项已取消");
            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)
                    && r.headers().get("ce_type").equals("management.service-item.withdrawn.v1")));
        }
    }

    @Test
    void aRejectedVersionGoesBackToDraftWithTheComment() {
        String id = inReview("330100-LC-0006");

        var rejected = catalog.step(id, "reject", CatalogApi.REVIEWER, Map.of("comment", "请补充常见问题"));

        assertThat(rejected.text("status")).isEqualTo("DRAFT");
        assertThat(rejected.text("reviewComment")).isEqualTo("请补充常见问题");
        assertThat(catalog.step(id, "approve", CatalogApi.REVIEWER, Map.of()).status()).isEqualTo(409);
    }

    @Test
    void staffSeeAndKeepOnlyTheirOwnDepartmentsItems() {
        String id = catalog.draft("330100-LC-0007");
        String otherEditor = TestTokens.staff("hr-editor", "EDITOR", "330100-HRSS");

        assertThat(api.get(ITEMS + "/" + id, otherEditor).status()).isEqualTo(404);
        assertThat(catalog.step(id, "submit", otherEditor, Map.of()).status()).isEqualTo(404);
        assertThat(api.post(ITEMS, otherEditor, CatalogApi.item("330100-LC-0008", null)).status()).isEqualTo(403);
        assertThat(api.get(ITEMS + "?q=330100-LC-0007", otherEditor).json().path("totalElements").asInt()).isZero();
        assertThat(api.get(ITEMS + "?q=330100-LC-0007", CatalogApi.EDITOR).json().path("totalElements").asInt()).isEqualTo(1);
        assertThat(catalog.step(id, "submit", CatalogApi.REVIEWER, Map.of()).status()).isEqualTo(403);
    }

    @Test
    void severalReplicasActivatingAtOnceStillPublishEachDueVersionOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = inReview("330100-LC-01" + i);
            catalog.step(id, "approve", CatalogApi.REVIEWER, Map.of("effectiveFrom", Instant.now().plusSeconds(3600).toString()));
            ids.add(id);
        }
        try (EventProbe probe = EventProbe.on(Topics.SERVICE_ITEM)) {
            probe.poll(); // joins its group now rather than after the activations
            jdbc.sql("update service_item set effective_from = now() - interval '1 second' where code like '330100-LC-01%'")
                    .update();
            var replicas = List.of(CompletableFuture.supplyAsync(() -> items.activateDue(3)),
                    CompletableFuture.supplyAsync(() -> items.activateDue(3)),
                    CompletableFuture.supplyAsync(() -> items.activateDue(100)));
            CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();

            await().atMost(EVENTUALLY).until(() -> ids.stream().allMatch(id -> status(id).equals("PUBLISHED"))
                    && jdbc.sql("select count(*) from outbox_message").query(Long.class).single() == 0);
            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(probe.poll().stream().map(r -> r.key())
                    .filter(ids::contains).distinct().count()).as("items seen among %d records", probe.poll().size())
                    .isEqualTo(ids.size()));
            Map<String, Long> publishedPerItem = probe.poll().stream().filter(r -> ids.contains(r.key()))
                    .collect(Collectors.groupingBy(r -> r.key(), Collectors.counting()));
            assertThat(publishedPerItem).hasSize(ids.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        }
    }
}
