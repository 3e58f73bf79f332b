package org.onestop.portal.department;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.DepartmentRegistered;
import org.onestop.testsupport.TestEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishes a department the way management does and waits until the portal knows it. */
public final class TestDepartments {

    /** The roles of every demo department in management's seed/departments.json. */
    public static final List<String> DEMO_ROLES = List.of("EDITOR", "REVIEWER", "CLERK", "SUPERVISOR");

    public static void known(JdbcClient jdbc, String code, String regionCode, List<String> staffRoles) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestEvents.publish(Topics.DEPARTMENT, new DepartmentRegistered(code, null, "部门 " + code, regionCode, null,
                staffRoles, "web", now));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        select count(*) from department where code = ? and changed_at >= ?""")
                .params(code, Timestamp.from(now)).query(Long.class).single() == 1);
    }

    /** 330100-AMR as management's demo data has it. */
    public static void amr(JdbcClient jdbc) {
        known(jdbc, "330100-AMR", "330100", DEMO_ROLES);
    }

    private TestDepartments() {
    }
}
