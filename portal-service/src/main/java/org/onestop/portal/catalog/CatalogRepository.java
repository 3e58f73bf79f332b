package org.onestop.portal.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class CatalogRepository {

    private static final TypeReference<List<FormField>> FORM = new TypeReference<>() {
    };
    private static final String MATCHES = "(cast(:q as text) is null or name ilike '%' || :q || '%' or code = :q)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the newest published version of each item; an older version arriving late changes nothing. */
    void upsert(ServiceItemPublished published) {
        jdbc.sql("""
                insert into catalog_item (code, item_id, version, name, item_type, region_code, department_code,
                    department_name, legal_limit_days, promised_limit_days, form_fields, published_at, guide)
                values (:code, :itemId, :version, :name, :type, :region, :dept, :deptName, :legal, :promised,
                    cast(:form as jsonb), :publishedAt, cast(:guide as jsonb))
                on conflict (code) do update set item_id = excluded.item_id, version = excluded.version,
                    name = excluded.name, item_type = excluded.item_type, region_code = excluded.region_code,
                    department_code = excluded.department_code, department_name = excluded.department_name,
                    legal_limit_days = excluded.legal_limit_days, promised_limit_days = excluded.promised_limit_days,
                    form_fields = excluded.form_fields, published_at = excluded.published_at, guide = excluded.guide
                where catalog_item.version <= excluded.version""")
                .param("code", published.code())
                .param("itemId", published.itemId())
                .param("version", published.version())
                .param("name", published.name())
                .param("type", published.itemType())
                .param("region", published.regionCode())
                .param("dept", published.departmentCode())
                .param("deptName", published.departmentName())
                .param("legal", published.legalLimitDays())
                .param("promised", published.promisedLimitDays())
                .param("form", json.writeValueAsString(published.formFields()))
                .param("publishedAt", Timestamp.from(published.publishedAt()))
                .param("guide", json.writeValueAsString(published.guide()))
                .update();
    }

    Optional<CatalogItem> find(String code) {
        return jdbc.sql("select * from catalog_item where code = ?").param(code).query(this::map).optional();
    }

    List<CatalogItem> search(String q, PageRequest page) {
        return jdbc.sql("select * from catalog_item where " + MATCHES + " order by code limit :limit offset :offset")
                .param("q", q)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
    }

    long count(String q) {
        return jdbc.sql("select count(*) from catalog_item where " + MATCHES).param("q", q).query(Long.class).single();
    }

    private CatalogItem map(ResultSet rs, int row) throws SQLException {
        return new CatalogItem(rs.getString("code"), rs.getString("item_id"), rs.getInt("version"), rs.getString("name"),
                rs.getString("item_type"), rs.getString("region_code"), rs.getString("department_code"),
                rs.getString("department_name"), rs.getInt("legal_limit_days"), rs.getInt("promised_limit_days"),
                json.readValue(rs.getString("form_fields"), FORM), rs.getTimestamp("published_at").toInstant(),
                json.readValue(rs.getString("guide"), ServiceGuide.class));
    }
}
