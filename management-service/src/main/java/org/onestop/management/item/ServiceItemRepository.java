package org.onestop.management.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.management.FormField;
import org.onestop.management.item.domain.ItemStatus;
import org.onestop.management.item.domain.ItemType;
import org.onestop.management.item.domain.ServiceItem;
import org.onestop.platform.web.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ServiceItemRepository {

    private static final TypeReference<List<FormField>> FORM = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ServiceItemRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ServiceItem item) {
        jdbc.sql("""
                insert into service_item (id, code, version, name, item_type, region_code, department_code, department_name,
                    legal_limit_days, promised_limit_days, form_fields, status, created_by, created_at, published_at, row_version)
                values (:id, :code, :version, :name, :type, :region, :dept, :deptName, :legal, :promised, cast(:form as jsonb),
                    :status, :createdBy, :createdAt, :publishedAt, 0)""")
                .param("id", item.id())
                .param("code", item.code())
                .param("version", item.version())
                .param("name", item.name())
                .param("type", item.itemType().name())
                .param("region", item.regionCode())
                .param("dept", item.departmentCode())
                .param("deptName", item.departmentName())
                .param("legal", item.legalLimitDays())
                .param("promised", item.promisedLimitDays())
                .param("form", json.writeValueAsString(item.formFields()))
                .param("status", item.status().name())
                .param("createdBy", item.createdBy())
                .param("createdAt", Timestamp.from(item.createdAt()))
                .param("publishedAt", item.publishedAt() == null ? null : Timestamp.from(item.publishedAt()))
                .update();
    }

    /** Saves a new status; fails if someone else changed the row since it was read. */
    void updateStatus(ServiceItem item) {
        int updated = jdbc.sql("""
                update service_item set status = ?, published_at = ?, row_version = row_version + 1
                where id = ? and row_version = ?""")
                .params(item.status().name(), item.publishedAt() == null ? null : Timestamp.from(item.publishedAt()),
                        item.id(), item.rowVersion())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("service item " + item.id() + " changed concurrently");
        }
    }

    Optional<ServiceItem> find(UUID id) {
        return jdbc.sql("select * from service_item where id = ?").param(id).query(this::map).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("select exists (select 1 from service_item where code = ?)").param(code).query(Boolean.class).single();
    }

    List<ServiceItem> page(ItemStatus status, PageRequest page) {
        return jdbc.sql("select * from service_item where (cast(:status as text) is null or status = :status) "
                        + "order by code, version limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
    }

    long count(ItemStatus status) {
        return jdbc.sql("select count(*) from service_item where (cast(:status as text) is null or status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    private ServiceItem map(ResultSet rs, int row) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new ServiceItem(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("name"),
                ItemType.valueOf(rs.getString("item_type")),
                rs.getString("region_code"),
                rs.getString("department_code"),
                rs.getString("department_name"),
                rs.getInt("legal_limit_days"),
                rs.getInt("promised_limit_days"),
                json.readValue(rs.getString("form_fields"), FORM),
                ItemStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getLong("row_version"));
    }
}
