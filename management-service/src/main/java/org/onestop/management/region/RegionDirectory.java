package org.onestop.management.region;

import java.util.List;
import java.util.Optional;
import org.onestop.management.region.domain.Region;
import org.onestop.management.region.domain.RegionLevel;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The regions of the master data (read-only reference data, seeded by migration). */
@Service
public class RegionDirectory {

    private static final String FILTER = "(cast(:parent as text) is null or parent_code = :parent) "
            + "and (cast(:level as text) is null or level = :level)";

    private final JdbcClient jdbc;

    RegionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        return jdbc.sql("select code, name, level, parent_code from region where code = ?").param(code)
                .query(RegionDirectory::map).optional();
    }

    PageResponse<Region> page(String parent, RegionLevel level, PageRequest page) {
        List<Region> regions = jdbc.sql("select code, name, level, parent_code from region where " + FILTER
                        + " order by code limit :limit offset :offset")
                .param("parent", parent)
                .param("level", level == null ? null : level.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(RegionDirectory::map)
                .list();
        long total = jdbc.sql("select count(*) from region where " + FILTER)
                .param("parent", parent)
                .param("level", level == null ? null : level.name())
                .query(Long.class).single();
        return PageResponse.of(regions, page, total);
    }

    private static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }
}
