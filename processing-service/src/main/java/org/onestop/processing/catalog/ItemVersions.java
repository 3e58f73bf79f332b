package org.onestop.processing.catalog;

import java.sql.Timestamp;
import java.util.Optional;
import org.onestop.contracts.management.ServiceItemPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The item versions the catalog published, as far as cases need them: their time limits. */
@Repository
public class ItemVersions {

    private final JdbcClient jdbc;

    ItemVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a published version; a version is immutable once published, so a repeat changes nothing. */
    void record(ServiceItemPublished published) {
        jdbc.sql("""
                insert into item_version (item_code, version, name, department_code, legal_limit_days,
                    promised_limit_days, published_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (item_code, version) do nothing""")
                .params(published.code(), published.version(), published.name(), published.departmentCode(),
                        published.legalLimitDays(), published.promisedLimitDays(),
                        Timestamp.from(published.publishedAt()))
                .update();
    }

    /** The promised limit in working days of one version, if the catalog published it. */
    public Optional<Integer> promisedLimitDays(String itemCode, int version) {
        return jdbc.sql("select promised_limit_days from item_version where item_code = ? and version = ?")
                .params(itemCode, version)
                .query(Integer.class)
                .optional();
    }
}
