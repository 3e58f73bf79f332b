package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.DepartmentUpdated;
import org.onestop.portal.department.TestDepartments;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff accounts are created only for departments management published, in their region, with their roles. */
@ServiceIntegrationTest
class StaffDepartmentIT {

    private static final String PASSWORD = "Westlake-2026-spring";

    private final ApiClient api;
    private final JdbcClient jdbc;

    @Autowired
    StaffDepartmentIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
    }

    private Response create(String username, String department, String region, List<String> roles) {
        return api.post("/api/portal/v1/staff-accounts", TestTokens.admin(), Map.of("username", username,
                "displayName", "部门核对", "password", PASSWORD, "departmentCode", department, "regionCode", region,
                "roles", roles));
    }

    private static List<String> fields(Response response) {
        return response.json().path("errors").valueStream().map(error -> error.path("field").asText()).toList();
    }

    private long accountsNamed(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single();
    }

    @Test
    void anyoneReadsTheDepartmentsNamesButNotTheirStaffRoles() {
        TestDepartments.known(jdbc, "330100-PUB", "330102", List.of("CLERK"));

        Response listed = api.get("/api/portal/v1/catalog/departments", null);

        assertThat(listed.status()).isEqualTo(200);
        var department = java.util.stream.StreamSupport.stream(listed.json().spliterator(), false)
                .filter(d -> d.path("code").asText().equals("330100-PUB")).findFirst().orElseThrow();
        assertThat(department.path("name").asText()).isEqualTo("部门 330100-PUB");
        assertThat(department.path("regionCode").asText()).isEqualTo("330102");
        assertThat(department.has("staffRoles")).isFalse();
    }

    @Test
    void aDepartmentManagementNeverPublishedIsRefusedNamingTheField() {
        TestDepartments.amr(jdbc);

        Response refused = create("nodept", "330100-NOSUCH", "330100", List.of("CLERK"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("departmentCode");
        assertThat(refused.body()).contains("not a department of management's master data");
        assertThat(accountsNamed("nodept")).isZero();
    }

    @Test
    void theRegionMustBeTheDepartmentsAndTheRolesOnesItHasEachNamedOnce() {
        TestDepartments.known(jdbc, "330100-SDIT", "330106", List.of("CLERK"));

        Response refused = create("wrongplace", "330100-SDIT", "330100", List.of("CLERK", "EDITOR", "SUPERVISOR"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("regionCode", "roles");
        assertThat(refused.body()).contains("must be the department's region 330106").contains("[EDITOR, SUPERVISOR]");
        assertThat(accountsNamed("wrongplace")).isZero();
    }

    @Test
    void aRoleTheDepartmentGainsLaterIsAcceptedOnceTheUpdateArrivesAndApproverIsThePortalsOwn() {
        TestDepartments.known(jdbc, "330100-GROW", "330100", List.of("CLERK"));
        assertThat(create("growing", "330100-GROW", "330100", List.of("EDITOR")).status()).isEqualTo(400);

        DepartmentUpdated updated = new DepartmentUpdated("330100-GROW", null, "部门 330100-GROW", "330100", null,
                List.of("CLERK", "EDITOR"), "web", Instant.now());
        String eventId = TestEvents.publish(Topics.DEPARTMENT, updated);
        TestEvents.publish(Topics.DEPARTMENT, updated, eventId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "select array_to_string(staff_roles, ',') from department where code = '330100-GROW'")
                .query(String.class).single()).isEqualTo("CLERK,EDITOR"));

        Response created = create("growing", "330100-GROW", "330100", List.of("EDITOR", "APPROVER"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("roles").toString()).isEqualTo("[\"STAFF\",\"EDITOR\",\"APPROVER\"]");
    }

    @Test
    void anOlderEventDoesNotOverwriteANewerOne() {
        TestDepartments.known(jdbc, "330100-ORDR", "330100", List.of("CLERK", "REVIEWER"));
        String late = TestEvents.publish(Topics.DEPARTMENT, new DepartmentUpdated("330100-ORDR", null, "旧名", "330100",
                null, List.of(), "web", Instant.now().minus(Duration.ofDays(1))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from processed_event where consumer = 'portal.departments' and event_id = ?").param(late).query(Long.class).single())
                .isEqualTo(1));

        assertThat(jdbc.sql("select array_to_string(staff_roles, ',') from department where code = '330100-ORDR'")
                .query(String.class).single()).isEqualTo("CLERK,REVIEWER");
    }
}
