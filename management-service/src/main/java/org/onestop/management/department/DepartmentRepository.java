package org.onestop.management.department;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onestop.management.department.domain.Department;
import org.onestop.management.department.domain.StaffRole;
import org.onestop.platform.web.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private static final String FILTER = "(cast(:region as text) is null or region_code = :region)";

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Department department, Instant now) {
        jdbc.sql("""
                insert into department (code, credit_code, name, region_code, staff_roles, created_at, updated_at, row_version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(department.code(), department.creditCode(), department.name(), department.regionCode(),
                        department.roleNames().toArray(String[]::new), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Saves the new master data; fails if someone else changed the row since it was read. */
    void update(Department department, Instant now) {
        int updated = jdbc.sql("""
                update department set credit_code = ?, name = ?, region_code = ?, staff_roles = ?, updated_at = ?,
                    row_version = row_version + 1
                where code = ? and row_version = ?""")
                .params(department.creditCode(), department.name(), department.regionCode(),
                        department.roleNames().toArray(String[]::new), Timestamp.from(now), department.code(),
                        department.revision())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("department " + department.code() + " changed concurrently");
        }
    }

    Optional<Department> find(String code) {
        return jdbc.sql("select * from department where code = ?").param(code).query(DepartmentRepository::map).optional();
    }

    List<Department> page(String region, PageRequest page) {
        return jdbc.sql("select * from department where " + FILTER + " order by code limit :limit offset :offset")
                .param("region", region)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(DepartmentRepository::map)
                .list();
    }

    long count(String region) {
        return jdbc.sql("select count(*) from department where " + FILTER).param("region", region)
                .query(Long.class).single();
    }

    private static Department map(ResultSet rs, int row) throws SQLException {
        String[] roles = (String[]) rs.getArray("staff_roles").getArray();
        return new Department(rs.getString("code"), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("region_code"),
                Arrays.stream(roles).map(StaffRole::valueOf).collect(Collectors.toSet()), rs.getLong("row_version"));
    }
}
