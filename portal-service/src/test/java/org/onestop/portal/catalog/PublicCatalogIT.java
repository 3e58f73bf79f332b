package org.onestop.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemEvent;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicCatalogIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    /** The browsing tests' own department, so that what other tests publish does not change their counts. */
    private static final String DEPT = "339900-BRW";
    private static final String LIFECYCLE_DEPT = "339900-LFC";
    private static final String ITEMS = "/api/portal/v1/catalog/items";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final CatalogUse use;

    PublicCatalogIT(@Value("${local.server.port}") int port, @Autowired CatalogUse use) {
        this.api = ApiClient.onPort(port);
        this.use = use;
    }

    @BeforeAll
    void aCatalogToBrowse() {
        publish(item("BRW-0001", 1, "企业营业执照变更登记", "330100", "ADMINISTRATIVE_LICENSING",
                guide("MUNICIPAL", List.of("LEGAL_PERSON"), List.of("ENTERPRISE_STARTUP"), "IV")));
        publish(item("BRW-0002", 1, "社保卡申领", "330106", "PUBLIC_SERVICE",
                guide("COUNTY", List.of("NATURAL_PERSON"), List.of("SOCIAL_SECURITY"), "III")));
        publish(item("BRW-0003", 1, "社会保险登记", "330106001000", "ADMINISTRATIVE_CONFIRMATION",
                guide("TOWNSHIP", List.of("NATURAL_PERSON", "LEGAL_PERSON"), List.of("SOCIAL_SECURITY", "TAX"), "II")));
        publish(item("BRW-0004", 1, "个体工商户营业执照注销", "330200", "ADMINISTRATIVE_LICENSING",
                guide("MUNICIPAL", List.of("LEGAL_PERSON"), List.of("ENTERPRISE_STARTUP"), "IV")));
        publish(item("BRW-0005", 1, "100%_退税查询（ETC）", "330100", "PUBLIC_SERVICE",
                guide("MUNICIPAL", List.of("LEGAL_PERSON"), List.of("TAX"), "I")));
        await().atMost(EVENTUALLY).until(() -> codes(ITEMS + "?department=" + DEPT + "&size=100").size() == 5);
    }

    @Test
    void theListShowsSummariesNotTheWholeGuide() {
        JsonNode first = api.get(ITEMS + "?department=" + DEPT + "&size=1", null).json();

        assertThat(first.path("totalElements").asInt()).isEqualTo(5);
        assertThat(first.path("totalPages").asInt()).isEqualTo(5);
        JsonNode summary = first.path("content").get(0);
        assertThat(summary.path("code").asString()).isEqualTo("BRW-0001");
        assertThat(summary.path("level").asString()).isEqualTo("MUNICIPAL");
        assertThat(summary.path("onlineDepth").asString()).isEqualTo("IV");
        assertThat(summary.path("topics").get(0).asString()).isEqualTo("ENTERPRISE_STARTUP");
        assertThat(summary.has("guide")).isFalse();
        assertThat(summary.has("formFields")).isFalse();
        assertThat(codes(ITEMS + "?department=" + DEPT + "&size=2&page=2")).containsExactly("BRW-0005");
    }

    @Test
    void everyFilterNarrowsTheList() {
        String in = ITEMS + "?size=100&department=" + DEPT;
        assertThat(codes(in + "&topic=SOCIAL_SECURITY")).containsExactly("BRW-0002", "BRW-0003");
        assertThat(codes(in + "&serviceObject=NATURAL_PERSON")).containsExactly("BRW-0002", "BRW-0003");
        assertThat(codes(in + "&serviceObject=LEGAL_PERSON")).containsExactly("BRW-0001", "BRW-0003", "BRW-0004", "BRW-0005");
        assertThat(codes(in + "&level=TOWNSHIP")).containsExactly("BRW-0003");
        assertThat(codes(in + "&itemType=ADMINISTRATIVE_LICENSING")).containsExactly("BRW-0001", "BRW-0004");
        assertThat(codes(in + "&onlineDepth=IV")).containsExactly("BRW-0001", "BRW-0004");
        assertThat(codes(in + "&topic=TAX&serviceObject=LEGAL_PERSON&onlineDepth=II")).containsExactly("BRW-0003");
        assertThat(codes(ITEMS + "?size=100&department=330100-NOPE")).isEmpty();
    }

    @Test
    void aRegionIncludesItsSubRegionsUnlessAskedNotTo() {
        String in = ITEMS + "?size=100&department=" + DEPT;
        assertThat(codes(in + "&region=330100")).containsExactly("BRW-0001", "BRW-0002", "BRW-0003", "BRW-0005");
        assertThat(codes(in + "&region=330100&includeSubRegions=false")).containsExactly("BRW-0001", "BRW-0005");
        assertThat(codes(in + "&region=330106")).containsExactly("BRW-0002", "BRW-0003");
        assertThat(codes(in + "&region=330106001000")).containsExactly("BRW-0003");
        assertThat(codes(in + "&region=330000")).hasSize(5);
    }

    @Test
    void unknownFilterValuesAreRefusedFieldByField() {
        var refused = api.get(ITEMS + "?level=GALACTIC&serviceObject=ROBOT&onlineDepth=V&itemType=x&region=3301&topic=社保", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("level", "serviceObject", "onlineDepth", "itemType", "region", "topic");
        assertThat(api.get(ITEMS + "?q=" + "证".repeat(101), null).status()).isEqualTo(400);
        assertThat(api.get(ITEMS + "?size=101", null).status()).isEqualTo(400);
    }

    @Test
    void chineseSearchFindsAWordInsideANameClosestFirst() {
        assertThat(codes(ITEMS + "?q=营业执照&department=" + DEPT)).containsExactly("BRW-0001", "BRW-0004");
        assertThat(codes(ITEMS + "?q=营业执照变更&department=" + DEPT)).containsExactly("BRW-0001");
        JsonNode page = api.get(ITEMS + "?q=营业执照", null).json();
        assertThat(page.path("content").findValuesAsString("name")).contains("企业营业执照变更登记");
    }

    @Test
    void twoAndOneCharacterQueriesStillFind() {
        assertThat(codes(ITEMS + "?q=社保&department=" + DEPT)).containsExactly("BRW-0002");
        assertThat(codes(ITEMS + "?q=社会&department=" + DEPT)).containsExactly("BRW-0003");
        // one character: every name holding it, the shorter (closer) names first
        assertThat(codes(ITEMS + "?q=登&department=" + DEPT)).containsExactly("BRW-0003", "BRW-0001");
    }

    @Test
    void theExactCodeComesFirstWildcardsAreLiteralAndCaseDoesNotMatter() {
        assertThat(codes(ITEMS + "?q=BRW-0004")).startsWith("BRW-0004");
        assertThat(codes(ITEMS + "?q=100%25_&department=" + DEPT)).containsExactly("BRW-0005");
        assertThat(codes(ITEMS + "?q=%25&department=" + DEPT)).containsExactly("BRW-0005");
        assertThat(codes(ITEMS + "?q=_&department=" + DEPT)).containsExactly("BRW-0005");
        assertThat(codes(ITEMS + "?q=etc&department=" + DEPT)).containsExactly("BRW-0005");
    }

    @Test
    void facetsCountTheListedItemsPerValue() {
        JsonNode facets = api.get("/api/portal/v1/catalog/facets?department=" + DEPT, null).json();

        assertThat(facets.path("total").asInt()).isEqualTo(5);
        assertThat(count(facets, "itemType", "ADMINISTRATIVE_LICENSING")).isEqualTo(2);
        assertThat(count(facets, "topic", "SOCIAL_SECURITY")).isEqualTo(2);
        assertThat(count(facets, "topic", "TAX")).isEqualTo(2);
        assertThat(count(facets, "serviceObject", "LEGAL_PERSON")).isEqualTo(4);
        assertThat(count(facets, "level", "MUNICIPAL")).isEqualTo(3);
        assertThat(count(facets, "onlineDepth", "IV")).isEqualTo(2);
        assertThat(count(facets, "region", "330106001000")).isEqualTo(1);
        assertThat(count(facets, "department", DEPT)).isEqualTo(5);

        JsonNode narrowed = api.get("/api/portal/v1/catalog/facets?q=社保&department=" + DEPT, null).json();
        assertThat(narrowed.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void theWholeCatalogsFacetsFollowAPublication() {
        int before = api.get("/api/portal/v1/catalog/facets", null).json().path("total").asInt();

        publish(version("FCT-" + UUID.randomUUID().toString().substring(0, 8), 1, "分面缓存测试"));

        // kept for 30 s, but dropped when the catalog changes: seen well within that
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/catalog/facets", null).json().path("total").asInt() > before);
    }

    @Test
    void theGuidePageShowsTheWholeGuide() {
        var hall = new ServiceGuide.Hall("杭州市民中心", "杭州市江干区解放东路18号", "0571-12345",
                List.of(new ServiceGuide.OpeningHours(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                        LocalTime.of(17, 0), "法定节假日除外")),
                List.of(new ServiceGuide.BookableWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), 30, 4)));
        var guide = new ServiceGuide("XK-00101", "MUNICIPAL", "11330100MB1234567X", List.of("LEGAL_PERSON"),
                List.of("PERMITS_QUALIFICATIONS"), "BOTH", "PROMISED", "二十个工作日", "十个工作日", 1, "核验原件",
                "III", "《中华人民共和国食品安全法》", List.of("有与经营相适应的场所"),
                List.of(new ServiceGuide.ProcessStep(1, "受理", "ACCEPTANCE", "窗口受理", 1)), List.of(hall),
                List.of(new ServiceGuide.Fee("工本费", "0元", "浙价费〔2017〕1号", "小微企业免收")),
                List.of(new ServiceGuide.Material("营业执照", "ELECTRONIC", "REQUIRED", "GOVERNMENT", 1, null, null,
                        "BUSINESS_LICENCE", null)),
                List.of(new ServiceGuide.Faq("可以网上办吗？", "可以。")), "CERTIFICATE", "许可证", "https://example.org/s.pdf",
                true, false, true, false);
        String code = "GDE-" + UUID.randomUUID().toString().substring(0, 8);
        publishAndAwaitListed(new ServiceItemPublished(UUID.randomUUID().toString(), code, 1, "指南页测试事项",
                "ADMINISTRATIVE_LICENSING", "330100", "330100-GDE", "杭州市测试局", 20, 10,
                List.of(new FormField("shopName", "店铺名称", "string", true, 1, List.of())), "web", Instant.now(), guide));
        JsonNode page = api.get(ITEMS + "/" + code, null).json();

        assertThat(page.path("formFields").get(0).path("code").asString()).isEqualTo("shopName");
        JsonNode shown = page.path("guide");
        assertThat(shown.path("conditions").get(0).asString()).isEqualTo("有与经营相适应的场所");
        assertThat(shown.path("materials").get(0).path("certificateType").asString()).isEqualTo("BUSINESS_LICENCE");
        assertThat(shown.path("fees").get(0).path("waiver").asString()).isEqualTo("小微企业免收");
        assertThat(shown.path("promisedLimitNote").asString()).isEqualTo("十个工作日");
        assertThat(shown.path("halls").get(0).path("openingHours").get(0).path("days").get(1).asString()).isEqualTo("FRIDAY");
        assertThat(shown.path("halls").get(0).path("bookableWindows").get(0).path("capacityPerSlot").asInt()).isEqualTo(4);
        assertThat(shown.path("faq").get(0).path("question").asString()).isEqualTo("可以网上办吗？");
        assertThat(shown.path("process").get(0).path("kind").asString()).isEqualTo("ACCEPTANCE");
        assertThat(shown.path("resultName").asString()).isEqualTo("许可证");
        assertThat(api.get(ITEMS + "/NOPE-404", null).status()).isEqualTo(404);
    }

    @Test
    void theLifecycleIsFollowedWhateverOrderTheVersionsArriveIn() {
        String code = "LFC-" + UUID.randomUUID().toString().substring(0, 8);
        var v1 = version(code, 1, "生命周期测试事项");
        var v2 = version(code, 2, "生命周期测试事项（第二版）");
        publishAndAwaitListed(v1);

        publish(v2);
        publish(new ServiceItemSuperseded(v1.itemId(), code, 1, v2.itemId(), 2, "330100", LIFECYCLE_DEPT, "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> api.get(ITEMS + "/" + code, null).json().path("version").asInt() == 2);

        // the first version's publication again, late (a replay under a new event id): the newer one stays
        publish(v1);
        awaitHandledUpTo(v1.itemId());
        JsonNode inForce = api.get(ITEMS + "/" + code, null).json();
        assertThat(inForce.path("version").asInt()).isEqualTo(2);
        assertThat(inForce.path("name").asString()).isEqualTo("生命周期测试事项（第二版）");
        assertThat(codes(ITEMS + "?q=" + code)).containsExactly(code);

        // the version an application was submitted under stays readable
        JsonNode first = api.get(ITEMS + "/" + code + "/versions/1", null).json();
        assertThat(first.path("name").asString()).isEqualTo("生命周期测试事项");
        assertThat(first.path("version").asInt()).isEqualTo(1);

        publish(new ServiceItemWithdrawn(v2.itemId(), code, 2, "停止实施", "330100", LIFECYCLE_DEPT, "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> api.get(ITEMS + "/" + code, null).status() == 404);
        assertThat(codes(ITEMS + "?q=" + code)).isEmpty();
        assertThat(api.get(ITEMS + "/" + code + "/versions/2", null).status()).isEqualTo(200);

        // neither version's late publication brings the withdrawn item back; a newer version does
        publish(v2);
        publish(v1);
        awaitHandledUpTo(v2.itemId());
        awaitHandledUpTo(v1.itemId());
        assertThat(api.get(ITEMS + "/" + code, null).status()).isEqualTo(404);
        assertThat(codes(ITEMS + "?department=" + LIFECYCLE_DEPT + "&size=100")).doesNotContain(code);

        publishAndAwaitListed(version(code, 3, "生命周期测试事项（第三版）"));
        assertThat(api.get(ITEMS + "/" + code, null).json().path("version").asInt()).isEqualTo(3);
    }

    @Test
    void withdrawingAnOlderVersionLeavesTheNewerInForce() {
        String code = "OLD-" + UUID.randomUUID().toString().substring(0, 8);
        var v1 = version(code, 1, "旧版撤回测试");
        var v2 = version(code, 2, "旧版撤回测试（新版）");
        publishAndAwaitListed(v2);

        publish(v1);
        publish(new ServiceItemWithdrawn(v1.itemId(), code, 1, "旧版停止", "330100", LIFECYCLE_DEPT, "web", Instant.now()));
        awaitHandledUpTo(v1.itemId());

        assertThat(api.get(ITEMS + "/" + code, null).json().path("version").asInt()).isEqualTo(2);
        assertThat(api.get(ITEMS + "/" + code + "/versions/1", null).status()).isEqualTo(200);
    }

    @Test
    void aWithdrawnItemCannotBeAppliedFor() {
        String code = "APP-" + UUID.randomUUID().toString().substring(0, 8);
        var v1 = version(code, 1, "撤回后申请测试");
        publishAndAwaitListed(v1);
        publish(new ServiceItemWithdrawn(v1.itemId(), code, 1, "停止实施", "330100", LIFECYCLE_DEPT, "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> api.get(ITEMS + "/" + code, null).status() == 404);

        String citizen = api.post("/api/portal/v1/auth/token", null, Map.of("username", "zhangsan", "password", "onestop-demo"))
                .text("accessToken");
        var refused = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", code, "formData", Map.of()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("itemCode").asString()).isEqualTo(code);
    }

    @Test
    void theMostUsedComeFirstWhenAskedCountedFromTheLastDaysApplications() {
        String citizen = api.post("/api/portal/v1/auth/token", null, Map.of("username", "zhangsan", "password", "onestop-demo"))
                .text("accessToken");
        for (String code : List.of("BRW-0004", "BRW-0004", "BRW-0002")) {
            var submitted = api.post("/api/portal/v1/applications", citizen, Map.of("itemCode", code, "formData", Map.of()),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        }
        use.recount();

        assertThat(codes(ITEMS + "?department=" + DEPT + "&sort=popular"))
                .containsExactly("BRW-0004", "BRW-0002", "BRW-0001", "BRW-0003", "BRW-0005");
        assertThat(codes(ITEMS + "?department=" + DEPT)).as("the default order is unchanged")
                .containsExactly("BRW-0001", "BRW-0002", "BRW-0003", "BRW-0004", "BRW-0005");
        assertThat(use.recount()).as("nothing changed, nothing written").isZero();
        var refused = api.get(ITEMS + "?sort=newest", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("sort", "popular", "relevance");
    }

    @Test
    void searchesAndGuideViewsAreAnnouncedWithoutPersonalData() {
        try (EventProbe probe = EventProbe.on(Topics.BEHAVIOUR)) {
            api.get(ITEMS + "?q=社保%2033010619900101123X&department=" + DEPT, null, Map.of("X-Channel", "wechat"));
            api.get(ITEMS + "?q=营业执照&department=" + DEPT, null, Map.of("X-Channel", "app"));
            api.get(ITEMS + "?q=营业执照&department=" + DEPT + "&page=1", null);
            api.get(ITEMS + "/BRW-0002", null, Map.of("X-Channel", "wechat"));

            await().atMost(EVENTUALLY).until(() -> probe.poll().stream()
                    .anyMatch(r -> r.headers().get("ce_type").equals("portal.behaviour.guide-viewed.v1")
                            && r.key().equals("BRW-0002")));
            List<EventProbe.Received> searches = new ArrayList<>();
            probe.poll().stream().filter(r -> r.headers().get("ce_type").equals("portal.behaviour.catalog-searched.v1"))
                    .filter(r -> r.value().contains(DEPT)).forEach(searches::add);
            assertThat(searches).hasSize(2);
            assertThat(searches).anySatisfy(r -> {
                assertThat(r.value()).contains("\"queryText\":\"社保 330106********123X\"", "\"resultCount\":0")
                        .doesNotContain("19900101");
                assertThat(r.headers()).containsEntry("channel", "wechat");
            });
            assertThat(searches).anySatisfy(r -> {
                assertThat(r.value()).contains("\"queryText\":\"营业执照\"", "\"resultCount\":2");
                assertThat(r.headers()).containsEntry("channel", "app").containsEntry("department", DEPT);
            });
            var view = probe.poll().stream().filter(r -> r.key().equals("BRW-0002")).findFirst().orElseThrow();
            assertThat(view.headers()).containsEntry("ce_subject", "BRW-0002").containsEntry("department", DEPT)
                    .containsEntry("region", "330106").containsEntry("channel", "wechat");
            assertThat(view.value()).contains("\"itemVersion\":1", "\"onlineDepth\":\"III\"");
        }
    }

    private static int count(JsonNode facets, String facet, String value) {
        for (JsonNode entry : facets.path("facets").path(facet)) {
            if (entry.path("value").asString().equals(value)) {
                return entry.path("count").asInt();
            }
        }
        return 0;
    }

    private List<String> codes(String path) {
        var response = api.get(path, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("content").findValuesAsString("code");
    }

    private void publishAndAwaitListed(ServiceItemPublished published) {
        publish(published);
        await().atMost(EVENTUALLY).until(() -> api.get(ITEMS + "/" + published.code(), null).status() == 200);
    }

    private static void publish(ServiceItemEvent event) {
        TestEvents.publish(Topics.SERVICE_ITEM, event);
    }

    /**
     * Waits until the listener handled everything published so far under the key: a marker item
     * sent with the same key (so to the same partition, after them) becomes visible.
     */
    private void awaitHandledUpTo(String key) {
        var marker = version("MRK-" + UUID.randomUUID().toString().substring(0, 8), 1, "标记");
        TestEvents.publishRaw(Topics.SERVICE_ITEM, key, JSON.writeValueAsString(marker),
                new TestEvents.ProducerRecordHeaders(marker, UUID.randomUUID().toString()));
        await().atMost(EVENTUALLY).until(() -> api.get(ITEMS + "/" + marker.code(), null).status() == 200);
    }

    private static ServiceItemPublished item(String code, int version, String name, String region, String type,
                                             ServiceGuide guide) {
        return new ServiceItemPublished(UUID.randomUUID().toString(), code, version, name, type, region, DEPT, "浏览测试局",
                20, 10, List.of(), "web", Instant.now(), guide);
    }

    /** A version of a lifecycle test's item, in a department of its own. */
    private static ServiceItemPublished version(String code, int version, String name) {
        return new ServiceItemPublished(UUID.randomUUID().toString(), code, version, name, "PUBLIC_SERVICE", "330100",
                LIFECYCLE_DEPT, "生命周期测试局", 20, 10, List.of(), "web", Instant.now(),
                guide("MUNICIPAL", List.of(), List.of(), "I"));
    }

    private static ServiceGuide guide(String level, List<String> objects, List<String> topics, String depth) {
        return new ServiceGuide(null, level, null, objects, topics, "ONLINE", "PROMISED", null, null, 0, null, depth,
                null, null, null, null, null, null, null, null, null, null, false, false, false, false);
    }
}
