package org.onestop.datasharing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onestop.datasharing.audit.domain.AuditEntry;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Its own database (the property makes a context of its own), so that the first test can start
 * the chain with entries from months ago.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "onestop.audit.retention-months=12")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditRetentionIT {

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    @Autowired
    AuditRetentionIT(@Value("${local.server.port}") int port, JdbcClient jdbc, AuditLog audit) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Test
    @Order(1)
    void entriesOlderThanTheRetentionGoOldestFirstAndTheRestStillVerifies() {
        AuditEntry nineMonths = insert(null, monthsAgo(9));
        AuditEntry eightMonths = insert(nineMonths, monthsAgo(8));
        AuditEntry oneMonth = insert(eightMonths, monthsAgo(1));
        createResource("retention-a");

        assertThat(audit.prune(12, 100)).as("nothing is older than a year").isZero();
        assertThat(audit.prune(6, 100)).isEqualTo(2);

        assertThat(jdbc.sql("select min(seq) from audit_entry").query(Long.class).single()).isEqualTo(oneMonth.seq());
        var check = api.get("/api/data-sharing/v1/audit/verification", TestTokens.admin()).json();
        assertThat(check.path("intact").asBoolean()).isTrue();
        assertThat(check.path("entriesChecked").asLong()).isEqualTo(2);

        createResource("retention-b");
        assertThat(api.get("/api/data-sharing/v1/audit/verification", TestTokens.admin()).json()
                .path("intact").asBoolean()).as("appending after a prune keeps the chain").isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeAnEntryOrToRemoveOneYoungerThanSixMonths() {
        createResource("retention-guard");
        long seq = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone-else' where seq = ?")
                .param(seq).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("younger than six months");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be truncated");
        assertThat(jdbc.sql("select count(*) from audit_entry where seq = ?").param(seq).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRetentionBelowSixMonthsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new AuditRetention(audit, 5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 6 months");
    }

    private void createResource(String code) {
        var created = api.post("/api/data-sharing/v1/resources", TestTokens.staff("staff-owner", "CLERK", "330100-AMR"),
                Map.of("code", code, "name", "营业执照信息", "description", "企业营业执照登记信息",
                        "sharingType", "UNCONDITIONAL", "updateFrequency", "daily",
                        "fields", List.of(Map.of("code", "creditCode", "name", "统一社会信用代码", "type", "string",
                                "sensitive", false))));
        assertThat(created.status()).isEqualTo(201);
    }

    private static Instant monthsAgo(int months) {
        return ZonedDateTime.now().minusMonths(months).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private AuditEntry insert(AuditEntry previous, Instant at) {
        AuditEntry entry = AuditEntry.next(previous, at, "system", "330100-AMR", "resource.registered", "old-" + at,
                "ok", "seeded by the test");
        audit.insert(entry);
        return entry;
    }
}
