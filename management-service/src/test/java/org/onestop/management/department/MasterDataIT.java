package org.onestop.management.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;

@ServiceIntegrationTest
class MasterDataIT {

    private static final String DEPARTMENTS = "/api/management/v1/departments";
    private static final String REGIONS = "/api/management/v1/regions";

    private final ApiClient api;

    MasterDataIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
    }

    private static Map<String, Object> department(String code, String creditCode, String region) {
        return Map.of("code", code, "creditCode", creditCode, "name", "杭州市拱墅区市场监督管理局", "regionCode", region,
                "staffRoles", List.of("EDITOR", "REVIEWER"));
    }

    @Test
    void zhejiangIsSeededWithItsElevenCitiesAndTheirCounties() {
        var cities = api.get(REGIONS + "?parent=330000&size=100", TestTokens.clerk()).json();
        assertThat(cities.path("totalElements").asInt()).isEqualTo(11);
        assertThat(cities.path("content").findValuesAsString("name")).contains("杭州市", "宁波市", "丽水市");

        var hangzhou = api.get(REGIONS + "?parent=330100&size=100", TestTokens.clerk()).json();
        assertThat(hangzhou.path("content").findValuesAsString("name")).contains("西湖区", "余杭区", "淳安县");
        var township = api.get(REGIONS + "/330106013000", TestTokens.clerk()).json();
        assertThat(township.path("name").asText()).isEqualTo("文新街道");
        assertThat(township.path("level").asText()).isEqualTo("TOWNSHIP");
        assertThat(township.path("parentCode").asText()).isEqualTo("330106");
        assertThat(api.get(REGIONS + "/110000", TestTokens.clerk()).status()).isEqualTo(404);
    }

    @Test
    void theDemoDepartmentsAreRegistered() {
        var amr = api.get(DEPARTMENTS + "/330100-AMR", TestTokens.clerk());

        assertThat(amr.status()).isEqualTo(200);
        assertThat(amr.text("name")).isEqualTo("杭州市市场监督管理局");
        assertThat(amr.json().path("staffRoles").toString()).contains("EDITOR", "REVIEWER", "CLERK", "SUPERVISOR");
        assertThat(amr.text("creditCode")).hasSize(18);
        assertThat(api.get(DEPARTMENTS + "?regionCode=330106", TestTokens.clerk()).json().path("totalElements").asInt())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void anAdministratorRegistersADepartmentAndItIsAnnounced() {
        try (EventProbe probe = EventProbe.on(Topics.DEPARTMENT)) {
            var registered = api.post(DEPARTMENTS, TestTokens.admin(), department("330105-AMR", "91350100M000100Y43", "330105"));

            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().stream()
                    .anyMatch(r -> r.key().equals("330105-AMR")));
            var record = probe.poll().stream().filter(r -> r.key().equals("330105-AMR")).findFirst().orElseThrow();
            assertThat(record.headers()).containsEntry("ce_type", "management.department.registered.v1");
            assertThat(record.value()).contains("\"regionName\":\"拱墅区\"").contains("91350100M000100Y43");
        }
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefusedNamingTheField() {
        var refused = api.post(DEPARTMENTS, TestTokens.admin(), department("330108-AMR", "91350100M000100Y44", "330108"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("creditCode");
        assertThat(api.get(DEPARTMENTS + "/330108-AMR", TestTokens.admin()).status()).isEqualTo(404);
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheField() {
        var refused = api.post(DEPARTMENTS, TestTokens.admin(), department("110101-AMR", "9144030071526726XG", "110101"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("regionCode");
    }

    @Test
    void aStaleUpdateIsAConflict() {
        api.post(DEPARTMENTS, TestTokens.admin(), department("330109-AMR", "914403001922038216", "330109"));
        var update = Map.of("creditCode", "914403001922038216", "name", "杭州市萧山区市场监督管理局", "regionCode", "330109",
                "staffRoles", List.of("EDITOR"), "expectedRevision", 0);

        var first = api.put(DEPARTMENTS + "/330109-AMR", TestTokens.admin(), update);
        var second = api.put(DEPARTMENTS + "/330109-AMR", TestTokens.admin(), update);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("revision").asLong()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAdministratorsKeepDepartments() {
        var refused = api.post(DEPARTMENTS, TestTokens.staff("editor", "EDITOR", TestTokens.DEPARTMENT),
                department("330111-AMR", "91330100799655058B", "330111"));

        assertThat(refused.status()).isEqualTo(403);
    }
}
