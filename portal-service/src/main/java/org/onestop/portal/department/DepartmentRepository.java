package org.onestop.portal.department;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Department> find(String code) {
        return jdbc.sql("select * from department where code = ?").param(code)
                .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"), rs.getString("region_code"),
                        roles(rs.getArray("staff_roles"))))
                .optional();
    }

    /** Every department, in code order: the names public pages show. */
    List<Department> all() {
        return jdbc.sql("select * from department order by code")
                .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"), rs.getString("region_code"),
                        roles(rs.getArray("staff_roles"))))
                .list();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from department)").query(Boolean.class).single();
    }

    /** Keeps the department as given unless what is stored was changed later than {@code changedAt}. */
    void save(Department department, Instant changedAt, Instant receivedAt) {
        jdbc.sql("""
                insert into department (code, name, region_code, staff_roles, changed_at, received_at)
                values (?, ?, ?, string_to_array(?, ','), ?, ?)
                on conflict (code) do update set name = excluded.name, region_code = excluded.region_code,
                    staff_roles = excluded.staff_roles, changed_at = excluded.changed_at, received_at = excluded.received_at
                where department.changed_at <= excluded.changed_at""")
                .params(department.code(), department.name(), department.regionCode(),
                        String.join(",", department.staffRoles()), Timestamp.from(changedAt), Timestamp.from(receivedAt))
                .update();
    }

    private static List<String> roles(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
