package org.onestop.management.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class CatalogSearchIT {

    private static final String ITEMS = CatalogApi.ITEMS;
    private static final String API = "/api/management/v1";

    private final ApiClient api;
    private final CatalogApi catalog;

    CatalogSearchIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
        this.catalog = new CatalogApi(api);
    }

    private JsonNode search(String query) {
        var page = api.get(ITEMS + "?size=100&" + query, TestTokens.admin());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json();
    }

    @Test
    void theGuideQualityRulesAreCheckedOnSaveOneEntryPerField() {
        var guide = Guides.changed(Guides.complete(null), "onlineDepth", "III", "visits", 1, "caseKind", "IMMEDIATE",
                "resultSample", null, "fees", List.of(Map.of("name", "工本费")));

        var refused = api.post(ITEMS, CatalogApi.EDITOR, CatalogApi.item("330100-QA-0001", guide));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("promisedLimitDays",
                "guide.visitsReason", "guide.fees[0].standard", "guide.fees[0].basis", "guide.resultSample");
        assertThat(search("q=330100-QA-0001").path("totalElements").asInt()).isZero();
    }

    @Test
    void anUnknownBaseItemOrDuplicateFormCodesAreRefusedNamingTheField() {
        var item = CatalogApi.item("330100-QA-0002", Guides.complete("NO-SUCH-BASE"));
        item.put("formFields", List.of(Map.of("code", "a", "label", "A", "type", "string", "order", 1),
                Map.of("code", "a", "label", "B", "type", "string", "order", 2)));

        var refused = api.post(ITEMS, CatalogApi.EDITOR, item);

        assertThat(refused.json().path("errors").findValuesAsString("field")).as(refused.body())
                .containsExactly("guide.baseCode", "formFields[1].code");
    }

    @Test
    void theQualityReportListsWhatAnIncompleteGuideLacks() {
        var drafted = api.post(ITEMS, CatalogApi.EDITOR, CatalogApi.item("330100-QA-0003", null));
        String id = drafted.text("id");

        var report = api.get(ITEMS + "/" + id + "/quality", CatalogApi.EDITOR).json();

        assertThat(report.path("findings").findValuesAsString("field")).contains("guide.materials", "guide.halls",
                "guide.process", "guide.topics");
        assertThat(report.path("score").asInt()).isLessThan(50);
        assertThat(search("incomplete=true&q=330100-QA-0003").path("totalElements").asInt()).isEqualTo(1);
        assertThat(search("incomplete=false&q=330100-QA-0003").path("totalElements").asInt()).isZero();
    }

    @Test
    void editorsFilterByTypeLevelRegionDepartmentTopicAndStatus() {
        catalog.publish("330100-QA-0004");
        var other = CatalogApi.item("330100-QA-0005", Guides.changed(Guides.complete(null), "topics", List.of("TAX"),
                "level", "COUNTY"));
        other.put("itemType", "PUBLIC_SERVICE");
        other.put("regionCode", "330106");
        other.put("departmentCode", "330106-AMR");
        assertThat(api.post(ITEMS, TestTokens.admin(), other).status()).isEqualTo(201);

        assertThat(codes(search("type=PUBLIC_SERVICE&q=330100-QA-0005"))).containsExactly("330100-QA-0005");
        assertThat(codes(search("type=ADMINISTRATIVE_LICENSING&q=330100-QA-0005"))).isEmpty();
        assertThat(codes(search("level=COUNTY&regionCode=330106&departmentCode=330106-AMR&topic=TAX")))
                .contains("330100-QA-0005").doesNotContain("330100-QA-0004");
        assertThat(codes(search("topic=FOOD_DRUG_SAFETY&status=PUBLISHED"))).contains("330100-QA-0004")
                .doesNotContain("330100-QA-0005");
        assertThat(api.get(ITEMS + "?topic=ASTROLOGY", TestTokens.admin()).status()).isEqualTo(400);
    }

    @Test
    void exportedItemsImportBackAsDraftsAndABadBatchSavesNothing() {
        catalog.publish("330100-QA-0006");
        var exported = api.get(ITEMS + "/export?q=&status=PUBLISHED&size=100", TestTokens.admin()).json();
        JsonNode document = null;
        for (JsonNode item : exported.path("content")) {
            if (item.path("code").asText().equals("330100-QA-0006")) {
                document = item;
            }
        }
        assertThat(document).isNotNull();
        assertThat(document.path("guide").path("materials").size()).isEqualTo(2);
        String copy = document.toString().replace("330100-QA-0006", "330100-QA-0007");
        String broken = document.toString().replace("330100-QA-0006", "330100-QA-0008").replace("\"promisedLimitDays\":10",
                "\"promisedLimitDays\":99");

        var refused = api.post(ITEMS + "/import", CatalogApi.EDITOR, "{\"items\":[" + copy + "," + broken + "]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("items[1].promisedLimitDays");
        assertThat(search("q=330100-QA-0007").path("totalElements").asInt()).isZero();

        var imported = api.post(ITEMS + "/import", CatalogApi.EDITOR, "{\"items\":[" + copy + "]}");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(codes(search("q=330100-QA-0007&status=DRAFT"))).containsExactly("330100-QA-0007");
    }

    @Test
    void aCountyClaimsABaseItemAndTheClaimsMapShowsIt() {
        var base = api.post(API + "/base-items", TestTokens.admin(), Map.of("code", "330217009000", "name", "食品经营许可证核发",
                "itemType", "ADMINISTRATIVE_LICENSING", "level", "PROVINCIAL", "legalBasis", "《中华人民共和国食品安全法》"));
        assertThat(base.status()).as(base.body()).isEqualTo(201);
        String xihuEditor = TestTokens.staff("xihu-editor", "EDITOR", "330106-AMR");
        var claim = Map.of("code", "330106-SP-0001", "regionCode", "330106", "departmentCode", "330106-AMR",
                "legalLimitDays", 20, "promisedLimitDays", 5, "formFields", Guides.FORM,
                "guide", Guides.changed(Guides.complete(null), "level", null, "legalBasis", null));

        var claimed = api.post(API + "/base-items/330217009000/claims", xihuEditor, claim);

        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.text("name")).isEqualTo("食品经营许可证核发");
        assertThat(claimed.text("level")).isEqualTo("COUNTY");
        assertThat(claimed.json().path("guide").path("baseCode").asText()).isEqualTo("330217009000");
        assertThat(claimed.json().path("guide").path("legalBasis").asText()).contains("食品安全法");
        var claims = api.get(API + "/claims?baseCode=330217009000", TestTokens.admin()).json();
        assertThat(claims.path("content").findValuesAsString("regionName")).as(claims.toString()).containsExactly("西湖区");
        assertThat(api.get(API + "/claims?regionCode=330106", xihuEditor).json().path("content")
                .findValuesAsString("baseCode")).contains("330217009000");

        var cityClaim = new java.util.HashMap<>(claim);
        cityClaim.put("code", "330100-SP-0099");
        cityClaim.put("regionCode", "330100");
        cityClaim.put("departmentCode", TestTokens.DEPARTMENT);
        var refused = api.post(API + "/base-items/330217009000/claims", CatalogApi.EDITOR, cityClaim);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("regionCode");
        assertThat(api.post(API + "/base-items/NO-SUCH/claims", CatalogApi.EDITOR, cityClaim).status()).isEqualTo(404);
    }

    @Test
    void theTopicListIsPaged() {
        var topics = api.get(API + "/topics?size=100", CatalogApi.EDITOR).json();

        assertThat(topics.path("totalElements").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(topics.path("content").findValuesAsString("code")).contains("EDUCATION", "SOCIAL_SECURITY", "TAX");
    }

    private static List<String> codes(JsonNode page) {
        return page.path("content").findValuesAsString("code");
    }
}
