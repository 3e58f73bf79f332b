package org.onestop.datasharing.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.datasharing.resource.domain.AccessGrant;
import org.onestop.datasharing.resource.domain.GrantRight;
import org.onestop.datasharing.resource.domain.DataResource;
import org.onestop.datasharing.resource.domain.GrantStatus;
import org.onestop.datasharing.resource.domain.ResourceField;
import org.onestop.datasharing.resource.domain.SharingType;
import org.onestop.platform.web.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ResourceRepository {

    private static final TypeReference<List<ResourceField>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    /** What a department may see in the catalog: everything shared, and its own resources. */
    private static final String VISIBLE = "(sharing_type <> 'NOT_SHARED' or owner_department = :dept) "
            + "and (cast(:q as text) is null or name ilike '%' || :q || '%' or code = :q)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResourceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(DataResource resource) {
        jdbc.sql("""
                insert into data_resource (id, code, name, description, owner_department, sharing_type,
                    update_frequency, fields, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(resource.id(), resource.code(), resource.name(), resource.description(),
                        resource.ownerDepartment(), resource.sharingType().name(), resource.updateFrequency(),
                        json.writeValueAsString(resource.fields()), resource.createdBy(),
                        Timestamp.from(resource.createdAt()))
                .update();
    }

    boolean codeExists(String code) {
        return jdbc.sql("select exists (select 1 from data_resource where code = ?)").param(code)
                .query(Boolean.class).single();
    }

    Optional<DataResource> findByCode(String code) {
        return jdbc.sql("select * from data_resource where code = ?").param(code).query(this::mapResource).optional();
    }

    Optional<DataResource> find(UUID id) {
        return jdbc.sql("select * from data_resource where id = ?").param(id).query(this::mapResource).optional();
    }

    List<DataResource> visibleTo(String department, String q, PageRequest page) {
        return jdbc.sql("select * from data_resource where " + VISIBLE + " order by code limit :limit offset :offset")
                .param("dept", department).param("q", q).param("limit", page.size()).param("offset", page.offset())
                .query(this::mapResource).list();
    }

    long countVisibleTo(String department, String q) {
        return jdbc.sql("select count(*) from data_resource where " + VISIBLE)
                .param("dept", department).param("q", q).query(Long.class).single();
    }

    void insert(AccessGrant grant) {
        jdbc.sql("""
                insert into access_grant (id, resource_id, resource_code, consumer_department, purpose, fields, rights, valid_from,
                    valid_until, status, requested_by, requested_at, decided_by, decided_at, decision_reason)
                values (?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(grant.id(), grant.resourceId(), grant.resourceCode(), grant.consumerDepartment(), grant.purpose(),
                        String.join(",", grant.fields()),
                        String.join(",", grant.rights().stream().map(GrantRight::name).toList()), Timestamp.from(grant.validFrom()),
                        Timestamp.from(grant.validUntil()), grant.status().name(), grant.requestedBy(),
                        Timestamp.from(grant.requestedAt()), grant.decidedBy(),
                        grant.decidedAt() == null ? null : Timestamp.from(grant.decidedAt()), grant.decisionReason())
                .update();
    }

    void updateDecision(AccessGrant grant) {
        int updated = jdbc.sql("""
                update access_grant set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,
                    row_version = row_version + 1
                where id = ? and row_version = ?""")
                .params(grant.status().name(), grant.decidedBy(), Timestamp.from(grant.decidedAt()),
                        grant.decisionReason(), grant.id(), grant.rowVersion())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("grant " + grant.id() + " changed concurrently");
        }
    }

    Optional<AccessGrant> findGrant(UUID id) {
        return jdbc.sql("select * from access_grant where id = ?").param(id).query(this::mapGrant).optional();
    }

    /** Grants of a resource to a department that may be active (approved and not yet expired). */
    List<AccessGrant> approvedGrants(UUID resourceId, String department) {
        return jdbc.sql("""
                select * from access_grant where resource_id = ? and consumer_department = ? and status = 'APPROVED'
                and valid_until > now()""")
                .params(resourceId, department).query(this::mapGrant).list();
    }

    /** Approved grants of a resource that have not expired, whichever department holds them. */
    List<AccessGrant> activeGrants(UUID resourceId) {
        return jdbc.sql("select * from access_grant where resource_id = ? and status = 'APPROVED' and valid_until > now()")
                .param(resourceId).query(this::mapGrant).list();
    }

    /** Grants a department asked for, or received requests for on its own resources. */
    List<AccessGrant> grantsInvolving(String department, PageRequest page) {
        return jdbc.sql("""
                select g.* from access_grant g join data_resource r on r.id = g.resource_id
                where g.consumer_department = :dept or r.owner_department = :dept
                order by g.requested_at desc limit :limit offset :offset""")
                .param("dept", department).param("limit", page.size()).param("offset", page.offset())
                .query(this::mapGrant).list();
    }

    long countGrantsInvolving(String department) {
        return jdbc.sql("""
                select count(*) from access_grant g join data_resource r on r.id = g.resource_id
                where g.consumer_department = :dept or r.owner_department = :dept""")
                .param("dept", department).query(Long.class).single();
    }

    long appendRecord(UUID resourceId, String key, Map<String, Object> data, java.time.Instant at) {
        return jdbc.sql("""
                insert into shared_record (resource_id, record_key, data, published_at)
                values (?, ?, cast(? as jsonb), ?) returning seq""")
                .params(resourceId, key, json.writeValueAsString(data), Timestamp.from(at))
                .query(Long.class).single();
    }

    List<SharedRecord> recordsAfter(UUID resourceId, long cursor, int limit) {
        return jdbc.sql("select seq, record_key, data, published_at from shared_record where resource_id = ? and seq > ? "
                        + "order by seq limit ?")
                .params(resourceId, cursor, limit)
                .query((rs, n) -> new SharedRecord(rs.getLong(1), rs.getString(2), json.readValue(rs.getString(3), DATA),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private DataResource mapResource(ResultSet rs, int row) throws SQLException {
        return new DataResource(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), rs.getString("owner_department"),
                SharingType.valueOf(rs.getString("sharing_type")), rs.getString("update_frequency"),
                json.readValue(rs.getString("fields"), FIELDS), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private AccessGrant mapGrant(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new AccessGrant(rs.getObject("id", UUID.class), rs.getObject("resource_id", UUID.class),
                rs.getString("resource_code"), rs.getString("consumer_department"), rs.getString("purpose"),
                Arrays.asList((String[]) rs.getArray("fields").getArray()),
                Arrays.stream((String[]) rs.getArray("rights").getArray()).map(GrantRight::valueOf).toList(),
                rs.getTimestamp("valid_from").toInstant(),
                rs.getTimestamp("valid_until").toInstant(), GrantStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_reason"),
                rs.getLong("row_version"));
    }

    /** A record as its owner published it, all fields. */
    record SharedRecord(long seq, String key, Map<String, Object> data, java.time.Instant publishedAt) {
    }
}
