package org.onestop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.portal.department.TestDepartments;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = {
        "onestop.identity.demo-accounts=false",
        "onestop.identity.bootstrap-admin.username=root-admin",
        "onestop.identity.bootstrap-admin.password=" + FirstAdministratorIT.PASSWORD})
class FirstAdministratorIT {

    static final String PASSWORD = "First-admin-2026";

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final FirstAdministrator firstAdministrator;
    private final IdentityProperties properties;

    @Autowired
    FirstAdministratorIT(@Value("${local.server.port}") int port, JdbcClient jdbc, FirstAdministrator firstAdministrator,
                         IdentityProperties properties) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.firstAdministrator = firstAdministrator;
        this.properties = properties;
    }

    /** This class's wrong passwords and secrets all come from 127.0.0.1: each test starts with that address's count cleared. */
    @BeforeEach
    void clearTheFailuresOfThisAddress() {
        jdbc.sql("delete from attempt_window where scope in (?, ?)")
                .params(ClientAttempts.CREDENTIAL_FAILURES, ClientAttempts.MACHINE_CLIENT_FAILURES).update();
    }

    @Test
    void withoutDemoAccountsTheConfiguredAdministratorIsCreatedAndCanCreateStaff() {
        var signedIn = api.post("/api/portal/v1/auth/token", null, Map.of("username", "root-admin", "password", PASSWORD));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(api.post("/api/portal/v1/auth/token", null, Map.of("username", "zhangsan", "password", "onestop-demo"))
                .status()).as("no demo accounts").isEqualTo(401);

        TestDepartments.amr(jdbc);
        var created = api.post("/api/portal/v1/staff-accounts", signedIn.text("accessToken"), Map.of("username", "firstclerk",
                "displayName", "首位受理员", "password", "Clerk-password-1", "departmentCode", "330100-AMR",
                "regionCode", "330100", "roles", List.of("CLERK")));
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void replicasStartingTogetherCreateExactlyOneAdministrator() throws Exception {
        jdbc.sql("update account set roles = array['STAFF'] where 'ADMIN' = any (roles)").update();
        jdbc.sql("update account set username = username || '-before' where username = 'root-admin'").update();
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(() -> firstAdministrator.createIfNone(properties.bootstrapAdmin()));
            }
            List<Boolean> created = new ArrayList<>();
            for (Future<Boolean> start : replicas.invokeAll(starts)) {
                created.add(start.get());
            }

            assertThat(created).containsOnlyOnce(true);
            assertThat(jdbc.sql("select count(*) from account where 'ADMIN' = any (roles)").query(Long.class).single())
                    .isEqualTo(1);
        } finally {
            replicas.shutdownNow();
        }
    }
}
