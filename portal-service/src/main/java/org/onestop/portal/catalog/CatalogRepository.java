package org.onestop.portal.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog read model: {@code catalog_item} holds the version in force per code (or the
 * withdrawn tombstone), {@code catalog_item_version} every version ever published. Events of
 * different versions have different keys, so they may arrive in any order; each statement here
 * is written so that the end state does not depend on it.
 */
@Repository
class CatalogRepository {

    private static final TypeReference<List<FormField>> FORM = new TypeReference<>() {
    };
    private static final int FACET_VALUES = 50;
    /** Column → facet name. */
    private static final Map<String, String> FACETS = facetColumns();
    private static final Set<String> ARRAY_COLUMNS = Set.of("service_objects", "topics");
    private static final String SUMMARY_COLUMNS = """
            code, version, name, item_type, level, region_code, department_code, department_name, service_objects,
            topics, online_depth, handling_form, guide ->> 'caseKind' as case_kind,
            cast(guide ->> 'visits' as int) as visits, legal_limit_days, promised_limit_days,
            coalesce(cast(guide ->> 'bookingSupported' as boolean), false) as booking_supported, published_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records the version and makes it the one in force unless a newer version (or the same
     * version's withdrawal) is already known: an older version arriving late changes nothing.
     */
    void recordPublished(ServiceItemPublished published) {
        ServiceGuide guide = published.guide();
        jdbc.sql("""
                insert into catalog_item_version (code, version, item_id, name, item_type, region_code, department_code,
                    department_name, legal_limit_days, promised_limit_days, form_fields, guide, published_at, status)
                values (:code, :version, :itemId, :name, :type, :region, :dept, :deptName, :legal, :promised,
                    cast(:form as jsonb), cast(:guide as jsonb), :publishedAt, 'PUBLISHED')
                on conflict (code, version) do nothing""")
                .params(publishedParams(published))
                .update();
        jdbc.sql("""
                insert into catalog_item (code, item_id, version, name, item_type, region_code, department_code,
                    department_name, legal_limit_days, promised_limit_days, form_fields, published_at, guide, status,
                    withdrawn_at, level, service_objects, topics, online_depth, handling_form)
                values (:code, :itemId, :version, :name, :type, :region, :dept, :deptName, :legal, :promised,
                    cast(:form as jsonb), :publishedAt, cast(:guide as jsonb), 'PUBLISHED', null, :level,
                    cast(:objects as text[]), cast(:topics as text[]), :depth, :handlingForm)
                on conflict (code) do update set item_id = excluded.item_id, version = excluded.version,
                    name = excluded.name, item_type = excluded.item_type, region_code = excluded.region_code,
                    department_code = excluded.department_code, department_name = excluded.department_name,
                    legal_limit_days = excluded.legal_limit_days, promised_limit_days = excluded.promised_limit_days,
                    form_fields = excluded.form_fields, published_at = excluded.published_at, guide = excluded.guide,
                    status = 'PUBLISHED', withdrawn_at = null, level = excluded.level,
                    service_objects = excluded.service_objects, topics = excluded.topics,
                    online_depth = excluded.online_depth, handling_form = excluded.handling_form
                where catalog_item.version < excluded.version
                   or (catalog_item.version = excluded.version and catalog_item.status = 'PUBLISHED')""")
                .params(publishedParams(published))
                .param("level", guide.level())
                .param("objects", textArray(guide.serviceObjects()))
                .param("topics", textArray(guide.topics()))
                .param("depth", guide.onlineDepth())
                .param("handlingForm", guide.handlingForm())
                .update();
        settleVersions(published.code());
    }

    /** The version ended because a newer one took effect; the item stays listed until that one arrives. */
    void recordSuperseded(ServiceItemSuperseded superseded) {
        jdbc.sql("""
                update catalog_item_version set status = 'SUPERSEDED', ended_at = :at,
                    end_reason = 'superseded by version ' || :by
                where code = :code and version = :version and status = 'PUBLISHED'""")
                .param("at", Timestamp.from(superseded.supersededAt()))
                .param("by", superseded.supersededByVersion())
                .param("code", superseded.code())
                .param("version", superseded.version())
                .update();
    }

    /**
     * The version can no longer be applied for. If it is (or is newer than) the version in force,
     * the code leaves the public catalog; a withdrawn older version changes only its own record.
     */
    void recordWithdrawn(ServiceItemWithdrawn withdrawn) {
        Timestamp at = Timestamp.from(withdrawn.withdrawnAt());
        jdbc.sql("""
                update catalog_item_version set status = 'WITHDRAWN', ended_at = :at, end_reason = :reason
                where code = :code and version = :version and status <> 'WITHDRAWN'""")
                .param("at", at)
                .param("reason", withdrawn.reason())
                .param("code", withdrawn.code())
                .param("version", withdrawn.version())
                .update();
        jdbc.sql("""
                update catalog_item set status = 'WITHDRAWN', withdrawn_at = :at, version = :version
                where code = :code and version <= :version""")
                .param("at", at)
                .param("code", withdrawn.code())
                .param("version", withdrawn.version())
                .update();
        settleVersions(withdrawn.code());
    }

    /** Versions older than the one in force are superseded; the one in force, if withdrawn, is withdrawn. */
    private void settleVersions(String code) {
        jdbc.sql("""
                update catalog_item_version v
                set status = case when c.version > v.version then 'SUPERSEDED' else 'WITHDRAWN' end,
                    ended_at = coalesce(c.withdrawn_at, c.published_at),
                    end_reason = case when c.version > v.version then 'superseded by version ' || c.version
                                      else 'withdrawn' end
                from catalog_item c
                where c.code = :code and v.code = c.code and v.status = 'PUBLISHED'
                  and (c.version > v.version or (c.version = v.version and c.status = 'WITHDRAWN'))""")
                .param("code", code)
                .update();
    }

    /** The version in force, if the code is listed. */
    Optional<CatalogItem> find(String code) {
        return jdbc.sql("select * from catalog_item where code = ? and status = 'PUBLISHED'")
                .param(code).query(this::item).optional();
    }

    /** The region of a department that has items listed (read by catalog_item_department_idx), if it has any. */
    Optional<String> regionOfListedDepartment(String departmentCode) {
        return jdbc.sql("select region_code from catalog_item where department_code = ? and status = 'PUBLISHED' limit 1")
                .param(departmentCode).query(String.class).optional();
    }

    /** Whether the code was published once and is withdrawn now (no newer version in force). */
    boolean isWithdrawn(String code) {
        return jdbc.sql("select count(*) from catalog_item where code = ? and status = 'WITHDRAWN'").param(code)
                .query(Long.class).single() > 0;
    }

    /** A version as it was published, whatever happened to it since. */
    Optional<CatalogItem> findVersion(String code, int version) {
        return jdbc.sql("select * from catalog_item_version where code = ? and version = ?")
                .params(code, version).query(this::item).optional();
    }

    List<CatalogSummary> summaries(CatalogFilter filter, PageRequest page) {
        CatalogFilter.Where where = filter.where();
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from catalog_item where " + where.sql()
                        + " order by " + filter.orderBy() + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::summary)
                .list();
    }

    long count(CatalogFilter filter) {
        CatalogFilter.Where where = filter.where();
        return jdbc.sql("select count(*) from catalog_item where " + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    /**
     * Every facet's counts in one pass over the matching items (grouping sets; the arrays are
     * grouped as a whole and split here, as they hold few distinct combinations).
     */
    CatalogFacets facets(CatalogFilter filter) {
        CatalogFilter.Where where = filter.where();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String facet : FACETS.values()) {
            counts.put(facet, new HashMap<>());
        }
        jdbc.sql("""
                select item_type, level, online_depth, region_code, department_code, service_objects, topics, count(*) as n
                from catalog_item where %s
                group by grouping sets ((item_type), (level), (online_depth), (region_code), (department_code),
                    (service_objects), (topics))""".formatted(where.sql()))
                .params(where.params())
                .query(rs -> {
                    long n = rs.getLong("n");
                    for (Map.Entry<String, String> column : FACETS.entrySet()) {
                        if (ARRAY_COLUMNS.contains(column.getKey())) {
                            for (String value : strings(rs.getArray(column.getKey()))) {
                                counts.get(column.getValue()).merge(value, n, Long::sum);
                            }
                        } else if (rs.getString(column.getKey()) != null) {
                            counts.get(column.getValue()).merge(rs.getString(column.getKey()), n, Long::sum);
                        }
                    }
                });
        Map<String, List<CatalogFacets.Count>> facets = new LinkedHashMap<>();
        counts.forEach((facet, values) -> facets.put(facet, values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_VALUES)
                .map(entry -> new CatalogFacets.Count(entry.getKey(), entry.getValue()))
                .toList()));
        long total = counts.get("itemType").values().stream().mapToLong(Long::longValue).sum();
        return new CatalogFacets(total, facets);
    }

    private Map<String, Object> publishedParams(ServiceItemPublished published) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("code", published.code());
        params.put("itemId", published.itemId());
        params.put("version", published.version());
        params.put("name", published.name());
        params.put("type", published.itemType());
        params.put("region", published.regionCode());
        params.put("dept", published.departmentCode());
        params.put("deptName", published.departmentName());
        params.put("legal", published.legalLimitDays());
        params.put("promised", published.promisedLimitDays());
        params.put("form", json.writeValueAsString(published.formFields()));
        params.put("publishedAt", Timestamp.from(published.publishedAt()));
        params.put("guide", json.writeValueAsString(published.guide()));
        return params;
    }

    /** A PostgreSQL array literal of the values, cast to text[] in the statement. */
    private static String textArray(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private CatalogItem item(ResultSet rs, int row) throws SQLException {
        return new CatalogItem(rs.getString("code"), rs.getString("item_id"), rs.getInt("version"), rs.getString("name"),
                rs.getString("item_type"), rs.getString("region_code"), rs.getString("department_code"),
                rs.getString("department_name"), rs.getInt("legal_limit_days"), rs.getInt("promised_limit_days"),
                json.readValue(rs.getString("form_fields"), FORM), rs.getTimestamp("published_at").toInstant(),
                json.readValue(rs.getString("guide"), ServiceGuide.class));
    }

    private CatalogSummary summary(ResultSet rs, int row) throws SQLException {
        return new CatalogSummary(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                rs.getString("item_type"), rs.getString("level"), rs.getString("region_code"),
                rs.getString("department_code"), rs.getString("department_name"), strings(rs.getArray("service_objects")),
                strings(rs.getArray("topics")), rs.getString("online_depth"), rs.getString("handling_form"),
                rs.getString("case_kind"), (Integer) rs.getObject("visits"), rs.getInt("legal_limit_days"),
                rs.getInt("promised_limit_days"), rs.getBoolean("booking_supported"),
                rs.getTimestamp("published_at").toInstant());
    }

    private static Map<String, String> facetColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("item_type", "itemType");
        columns.put("level", "level");
        columns.put("online_depth", "onlineDepth");
        columns.put("service_objects", "serviceObject");
        columns.put("topics", "topic");
        columns.put("region_code", "region");
        columns.put("department_code", "department");
        return Collections.unmodifiableMap(columns);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
