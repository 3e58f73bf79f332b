package org.onestop.management.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onestop.management.item.domain.BaseItem;
import org.onestop.management.item.domain.ItemType;
import org.onestop.management.item.domain.Level;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BaseItemRepository {

    private static final String CLAIM_FILTER = "s.base_code is not null"
            + " and (cast(:base as text) is null or s.base_code = :base)"
            + " and (cast(:region as text) is null or s.region_code = :region)";

    private final JdbcClient jdbc;

    BaseItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(BaseItem item, Instant now) {
        jdbc.sql("insert into base_item (code, name, item_type, level, legal_basis, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(item.code(), item.name(), item.itemType().name(), item.level().name(), item.legalBasis(),
                        Timestamp.from(now))
                .update();
    }

    Optional<BaseItem> find(String code) {
        return jdbc.sql("select * from base_item where code = ?").param(code).query(BaseItemRepository::map).optional();
    }

    List<BaseItem> page(ItemType type, PageRequest page) {
        return jdbc.sql("select * from base_item where (cast(:type as text) is null or item_type = :type) "
                        + "order by code limit :limit offset :offset")
                .param("type", type == null ? null : type.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(BaseItemRepository::map)
                .list();
    }

    long count(ItemType type) {
        return jdbc.sql("select count(*) from base_item where (cast(:type as text) is null or item_type = :type)")
                .param("type", type == null ? null : type.name())
                .query(Long.class).single();
    }

    /** Which regions implement which base items: the newest version of each implementation item. */
    List<ClaimView> claims(String baseCode, String regionCode, PageRequest page) {
        return jdbc.sql("""
                select distinct on (s.code) s.base_code, b.name as base_name, s.region_code, r.name as region_name,
                    s.id, s.code, s.version, s.department_code, s.department_name, s.status
                from service_item s join base_item b on b.code = s.base_code left join region r on r.code = s.region_code
                """ + " where " + CLAIM_FILTER + " order by s.code, s.version desc limit :limit offset :offset")
                .param("base", baseCode)
                .param("region", regionCode)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new ClaimView(rs.getString("base_code"), rs.getString("base_name"),
                        rs.getString("region_code"), rs.getString("region_name"), rs.getString("id"), rs.getString("code"),
                        rs.getInt("version"), rs.getString("department_code"), rs.getString("department_name"),
                        rs.getString("status")))
                .list();
    }

    long countClaims(String baseCode, String regionCode) {
        return jdbc.sql("select count(distinct s.code) from service_item s where " + CLAIM_FILTER)
                .param("base", baseCode)
                .param("region", regionCode)
                .query(Long.class).single();
    }

    private static BaseItem map(ResultSet rs, int row) throws SQLException {
        return new BaseItem(rs.getString("code"), rs.getString("name"), ItemType.valueOf(rs.getString("item_type")),
                Level.valueOf(rs.getString("level")), rs.getString("legal_basis"));
    }

    /** One region's implementation of a base item. */
    record ClaimView(String baseCode, String baseName, String regionCode, String regionName, String itemId,
                     String itemCode, int version, String departmentCode, String departmentName, String status) {
    }
}
