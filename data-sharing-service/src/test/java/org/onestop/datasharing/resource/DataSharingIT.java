package org.onestop.datasharing.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.datasharing.SharedRecordPublished;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class DataSharingIT {

    private static final String OWNER = "330100-AMR";
    private static final String TAX = "330100-TAX";
    private static final String HRSS = "330100-HRSS";
    private static final String RESOURCES = "/api/data-sharing/v1/resources";

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    @Autowired
    DataSharingIT(@Value("${local.server.port}") int port, JdbcClient jdbc, TransactionTemplate transactions) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private static String staffOf(String department) {
        return TestTokens.staff("staff-" + department, "CLERK", department);
    }

    private static String systemOf(String department) {
        return TestTokens.issue("system-" + department, "system-" + department, "system", List.of("DEPARTMENT_SYSTEM"),
                department, "330100");
    }

    private static Map<String, Object> licenceResource(String code, String sharingType) {
        return Map.of("code", code, "name", "营业执照信息", "description", "企业营业执照登记信息",
                "sharingType", sharingType, "updateFrequency", "daily",
                "fields", List.of(
                        Map.of("code", "creditCode", "name", "统一社会信用代码", "type", "string", "sensitive", false),
                        Map.of("code", "enterpriseName", "name", "企业名称", "type", "string", "sensitive", false),
                        Map.of("code", "legalRepresentative", "name", "法定代表人", "type", "string", "sensitive", true),
                        Map.of("code", "representativeId", "name", "法定代表人身份证号", "type", "string", "sensitive", true)));
    }

    @Test
    void aGrantedDepartmentReadsOnlyTheGrantedFieldsAndOthersAreRefused() {
        assertThat(api.post(RESOURCES, staffOf(OWNER), licenceResource("business-licence", "CONDITIONAL")).status())
                .isEqualTo(201);
        var requested = api.post(RESOURCES + "/business-licence/grants", staffOf(TAX), Map.of(
                "purpose", "税务登记核验", "fields", List.of("creditCode", "enterpriseName"),
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.text("status")).isEqualTo("REQUESTED");
        String grant = requested.text("id");

        assertThat(api.get(RESOURCES + "/business-licence/records", systemOf(TAX)).status())
                .as("deny by default until the owner approves").isEqualTo(403);
        assertThat(api.post("/api/data-sharing/v1/grants/" + grant + "/approve", staffOf(TAX), Map.of()).status())
                .as("the requester cannot approve its own request").isEqualTo(403);
        assertThat(api.post("/api/data-sharing/v1/grants/" + grant + "/approve", staffOf(OWNER),
                Map.of("reason", "依法履职需要")).text("status")).isEqualTo("APPROVED");

        EventProbe feed = EventProbe.on(SharedRecordPublished.topicFor(TAX, "business-licence"));
        api.post(RESOURCES + "/business-licence/records", systemOf(OWNER), Map.of("key", "91330100MA2AAAAA0X",
                "data", Map.of("creditCode", "91330100MA2AAAAA0X", "enterpriseName", "杭州示例科技有限公司",
                        "legalRepresentative", "李四", "representativeId", "330106199001011234")));
        api.post(RESOURCES + "/business-licence/records", systemOf(OWNER), Map.of("key", "91330100MA2BBBBB1Y",
                "data", Map.of("creditCode", "91330100MA2BBBBB1Y", "enterpriseName", "杭州第二有限公司")));

        var firstBatch = api.get(RESOURCES + "/business-licence/records?limit=1", systemOf(TAX));
        assertThat(firstBatch.status()).isEqualTo(200);
        JsonNode record = firstBatch.json().path("records").get(0);
        assertThat(record.path("data").propertyNames()).containsExactlyInAnyOrder("creditCode", "enterpriseName");
        assertThat(firstBatch.body()).doesNotContain("330106199001011234").doesNotContain("李四");
        long cursor = firstBatch.json().path("nextCursor").asLong();
        var secondBatch = api.get(RESOURCES + "/business-licence/records?after=" + cursor, systemOf(TAX)).json();
        assertThat(secondBatch.path("records").size()).isEqualTo(1);
        assertThat(secondBatch.path("records").get(0).path("key").asText()).isEqualTo("91330100MA2BBBBB1Y");

        await().atMost(Duration.ofSeconds(30)).until(() -> feed.poll().size() == 2);
        assertThat(feed.poll()).allSatisfy(message -> assertThat(message.value())
                .contains("creditCode").doesNotContain("representativeId").doesNotContain("330106199001011234"));
        feed.close();

        assertThat(api.post("/api/data-sharing/v1/grants/" + grant + "/revoke", staffOf(TAX), Map.of("reason", "x"))
                .status()).as("the consumer cannot revoke").isEqualTo(403);
        assertThat(api.post("/api/data-sharing/v1/grants/" + grant + "/revoke", staffOf(OWNER),
                Map.of("reason", "核验任务结束")).text("status")).isEqualTo("REVOKED");
        assertThat(api.get(RESOURCES + "/business-licence/records", systemOf(TAX)).status())
                .as("a revoked grant reads nothing").isEqualTo(403);

        assertThat(api.get(RESOURCES + "/business-licence/records", systemOf(HRSS)).status()).isEqualTo(403);
        var audit = api.get("/api/data-sharing/v1/audit?department=" + HRSS, TestTokens.admin()).json();
        assertThat(audit.path("content").get(0).path("outcome").asText()).isEqualTo("denied");
    }

    @Test
    void readAndPublishRightsAreGrantedSeparately() {
        String district = "330106-AMR";
        assertThat(api.post(RESOURCES, staffOf(OWNER), licenceResource("licence-register", "UNCONDITIONAL")).status())
                .isEqualTo(201);
        var publishing = api.post(RESOURCES + "/licence-register/grants", staffOf(district), Map.of(
                "purpose", "区级登记数据归集", "fields", List.of("creditCode", "enterpriseName"), "rights", List.of("PUBLISH"),
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        assertThat(publishing.text("status")).as("publishing waits for the owner, even when reading would not")
                .isEqualTo("REQUESTED");
        Map<String, Object> record = Map.of("key", "92330106MA2CCCCC2Z",
                "data", Map.of("creditCode", "92330106MA2CCCCC2Z", "enterpriseName", "西湖区某某小吃店"));
        assertThat(api.post(RESOURCES + "/licence-register/records", systemOf(district), record).status()).isEqualTo(403);

        api.post("/api/data-sharing/v1/grants/" + publishing.text("id") + "/approve", staffOf(OWNER), Map.of());

        assertThat(api.post(RESOURCES + "/licence-register/records", systemOf(district), record).status()).isEqualTo(201);
        var outside = api.post(RESOURCES + "/licence-register/records", systemOf(district), Map.of("key", "k",
                "data", Map.of("creditCode", "92330106MA2CCCCC2Z", "representativeId", "330106199001011234")));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().path("errors").get(0).path("field").asString()).isEqualTo("data.representativeId");
        assertThat(api.get(RESOURCES + "/licence-register/records", systemOf(district)).status())
                .as("a grant to publish does not let it read").isEqualTo(403);
        var owned = api.get(RESOURCES + "/licence-register/records", systemOf(OWNER)).json().path("records");
        assertThat(owned.size()).isEqualTo(1);
        assertThat(owned.get(0).path("key").asString()).isEqualTo("92330106MA2CCCCC2Z");
    }

    @Test
    void grantRequestsForUnknownFieldsAndMalformedResourcesAreRefusedWithTheField() {
        api.post(RESOURCES, staffOf(OWNER), licenceResource("food-licence", "CONDITIONAL"));

        var unknownField = api.post(RESOURCES + "/food-licence/grants", staffOf(TAX), Map.of("purpose", "核验",
                "fields", List.of("creditCode", "shoeSize"), "validUntil", Instant.now().plusSeconds(3600).toString()));
        var malformed = api.post(RESOURCES, staffOf(OWNER), Map.of("code", "Bad Code", "name", "x", "description", "",
                "sharingType", "CONDITIONAL", "updateFrequency", "hourly",
                "fields", List.of(Map.of("code", "a", "name", "a", "type", "blob", "sensitive", false))));

        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").get(0).path("message").asText()).contains("shoeSize");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("code", "updateFrequency", "fields[0].type");
    }

    @Test
    void aResourceThatIsNotSharedExistsOnlyForItsOwner() {
        api.post(RESOURCES, staffOf(OWNER), licenceResource("internal-register", "NOT_SHARED"));

        assertThat(api.get(RESOURCES + "/internal-register", staffOf(TAX)).status()).isEqualTo(404);
        assertThat(api.get(RESOURCES + "/internal-register", staffOf(OWNER)).status()).isEqualTo(200);
        assertThat(api.get(RESOURCES + "?q=营业执照", staffOf(TAX)).body()).doesNotContain("internal-register");
    }

    @Test
    void citizensDoNotTakePartInDataSharing() {
        assertThat(api.get(RESOURCES, TestTokens.citizen("c9")).status()).isEqualTo(403);
    }

    @Test
    void theChainCheckFindsAnEntryAlteredInTheDatabase() {
        api.post(RESOURCES, staffOf(OWNER), licenceResource("chain-check-a", "UNCONDITIONAL"));
        api.post(RESOURCES, staffOf(OWNER), licenceResource("chain-check-b", "UNCONDITIONAL"));
        var intact = api.get("/api/data-sharing/v1/audit/verification", TestTokens.admin()).json();
        assertThat(intact.path("intact").asBoolean()).isTrue();

        long altered = jdbc.sql("select seq from audit_entry where target = 'chain-check-a'").query(Long.class).single();
        asSuperuserPastTheGuard("update audit_entry set actor = 'someone-else' where seq = " + altered);

        var broken = api.get("/api/data-sharing/v1/audit/verification", TestTokens.admin()).json();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBrokenSeq").asLong()).isEqualTo(altered);
        asSuperuserPastTheGuard("update audit_entry set actor = 'staff-330100-AMR' where seq = " + altered);
    }

    /** The append-only trigger stops the service's own role; a superuser can switch triggers off. */
    private void asSuperuserPastTheGuard(String statement) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(statement).update();
        });
    }
}
