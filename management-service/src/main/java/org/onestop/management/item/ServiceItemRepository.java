package org.onestop.management.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.management.item.domain.ItemContent;
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
    private static final String SUMMARY_COLUMNS = "id, code, version, name, item_type, level, region_code, department_code, "
            + "department_name, base_code, status, quality_problems, effective_from, published_at, row_version";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ServiceItemRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ServiceItem item, int qualityProblems) {
        withState(jdbc.sql("""
                insert into service_item (id, code, version, name, item_type, region_code, department_code, department_name,
                    legal_limit_days, promised_limit_days, form_fields, base_code, level, guide, topics, quality_problems,
                    status, effective_from, created_by, created_at, updated_at, submitted_by, reviewed_by, review_comment,
                    published_at, ended_at, end_reason, row_version)
                values (:id, :code, :version, :name, :type, :region, :dept, :deptName, :legal, :promised, cast(:form as jsonb),
                    :baseCode, :level, cast(:guide as jsonb), cast(:topics as text[]), :quality, :status, :effectiveFrom, :createdBy,
                    :createdAt, :updatedAt, :submittedBy, :reviewedBy, :reviewComment, :publishedAt, :endedAt, :endReason, 0)""")
                .param("id", item.id())
                .param("code", item.code())
                .param("version", item.version())
                .param("createdBy", item.createdBy())
                .param("createdAt", timestamp(item.createdAt())), item, qualityProblems)
                .update();
    }

    /** Saves the version as it is now; fails if someone else saved it since it was read. */
    void update(ServiceItem item, int qualityProblems) {
        int updated = withState(jdbc.sql("""
                update service_item set name = :name, item_type = :type, region_code = :region, department_code = :dept,
                    department_name = :deptName, legal_limit_days = :legal, promised_limit_days = :promised,
                    form_fields = cast(:form as jsonb), base_code = :baseCode, level = :level, guide = cast(:guide as jsonb),
                    topics = cast(:topics as text[]), quality_problems = :quality, status = :status, effective_from = :effectiveFrom,
                    updated_at = :updatedAt, submitted_by = :submittedBy, reviewed_by = :reviewedBy,
                    review_comment = :reviewComment, published_at = :publishedAt, ended_at = :endedAt,
                    end_reason = :endReason, row_version = row_version + 1
                where id = :id and row_version = :revision""")
                .param("id", item.id())
                .param("revision", item.revision()), item, qualityProblems)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("service item " + item.id() + " changed concurrently");
        }
    }

    /** Binds everything of the version that a save writes, under the names both statements use. */
    private JdbcClient.StatementSpec withState(JdbcClient.StatementSpec statement, ServiceItem item, int qualityProblems) {
        ItemContent c = item.content();
        return statement
                .param("name", c.name())
                .param("type", c.itemType().name())
                .param("region", c.regionCode())
                .param("dept", c.departmentCode())
                .param("deptName", c.departmentName())
                .param("legal", c.legalLimitDays())
                .param("promised", c.promisedLimitDays())
                .param("form", json.writeValueAsString(c.formFields()))
                .param("baseCode", c.guide().baseCode())
                .param("level", c.guide().level())
                .param("guide", json.writeValueAsString(c.guide()))
                .param("topics", arrayLiteral(c.guide().topics()))
                .param("quality", qualityProblems)
                .param("status", item.status().name())
                .param("effectiveFrom", timestamp(item.effectiveFrom()))
                .param("updatedAt", timestamp(item.updatedAt()))
                .param("submittedBy", item.submittedBy())
                .param("reviewedBy", item.reviewedBy())
                .param("reviewComment", item.reviewComment())
                .param("publishedAt", timestamp(item.publishedAt()))
                .param("endedAt", timestamp(item.endedAt()))
                .param("endReason", item.endReason());
    }

    Optional<ServiceItem> find(UUID id) {
        return jdbc.sql("select * from service_item where id = ?").param(id).query(this::map).optional();
    }

    /** The version of a code in force now, locked until the transaction ends. */
    Optional<ServiceItem> lockPublished(String code) {
        return jdbc.sql("select * from service_item where code = ? and status = 'PUBLISHED' for update").param(code)
                .query(this::map).optional();
    }

    /**
     * Approved versions whose effective date has come, locked; versions another replica is
     * activating right now are skipped, so each is activated once.
     */
    List<ServiceItem> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                select * from service_item where status = 'SCHEDULED' and effective_from <= ?
                order by effective_from limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query(this::map)
                .list();
    }

    boolean codeExists(String code) {
        return jdbc.sql("select exists (select 1 from service_item where code = ?)").param(code).query(Boolean.class).single();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from service_item)").query(Boolean.class).single();
    }

    List<ServiceItemSummary> summaries(ItemFilter filter, PageRequest page) {
        ItemFilter.Where where = filter.where();
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from service_item where " + where.sql()
                        + " order by code, version desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ServiceItemRepository::summary)
                .list();
    }

    List<ServiceItem> versions(ItemFilter filter, PageRequest page) {
        ItemFilter.Where where = filter.where();
        return jdbc.sql("select * from service_item where " + where.sql()
                        + " order by code, version desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
    }

    long count(ItemFilter filter) {
        ItemFilter.Where where = filter.where();
        return jdbc.sql("select count(*) from service_item where " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    private static ServiceItemSummary summary(ResultSet rs, int row) throws SQLException {
        return new ServiceItemSummary(rs.getString("id"), rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                rs.getString("item_type"), rs.getString("level"), rs.getString("region_code"),
                rs.getString("department_code"), rs.getString("department_name"), rs.getString("base_code"),
                rs.getString("status"), rs.getInt("quality_problems"), instant(rs, "effective_from"),
                instant(rs, "published_at"), rs.getLong("row_version"));
    }

    private ServiceItem map(ResultSet rs, int row) throws SQLException {
        var content = new ItemContent(rs.getString("name"), ItemType.valueOf(rs.getString("item_type")),
                rs.getString("region_code"), rs.getString("department_code"), rs.getString("department_name"),
                rs.getInt("legal_limit_days"), rs.getInt("promised_limit_days"),
                json.readValue(rs.getString("form_fields"), FORM), json.readValue(rs.getString("guide"), ServiceGuide.class));
        return new ServiceItem(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"), content,
                ItemStatus.valueOf(rs.getString("status")), instant(rs, "effective_from"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getString("submitted_by"),
                rs.getString("reviewed_by"), rs.getString("review_comment"), instant(rs, "published_at"),
                instant(rs, "ended_at"), rs.getString("end_reason"), rs.getLong("row_version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A PostgreSQL array literal; a named parameter holding a Java array would be expanded as a list. */
    private static String arrayLiteral(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
