package org.onestop.processing.catalog;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.onestop.contracts.management.ServiceGuide.ProcessStep;
import org.onestop.contracts.management.ServiceItemPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item versions the catalog published, as far as cases need them: their time limits and the
 * review steps of their process.
 */
@Repository
public class ItemVersions {

    /** The kind of process step that a reviewer completes with one review action. */
    static final String REVIEW_KIND = "REVIEW";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ItemVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a published version; a version is immutable once published, so a repeat changes nothing. */
    void record(ServiceItemPublished published) {
        jdbc.sql("""
                insert into item_version (item_code, version, name, department_code, legal_limit_days,
                    promised_limit_days, published_at, review_steps)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (item_code, version) do nothing""")
                .params(published.code(), published.version(), published.name(), published.departmentCode(),
                        published.legalLimitDays(), published.promisedLimitDays(),
                        Timestamp.from(published.publishedAt()),
                        json.writeValueAsString(reviewSteps(published.guide().process())))
                .update();
    }

    /** The names of the process's REVIEW steps, in the process's order. */
    static List<String> reviewSteps(List<ProcessStep> process) {
        return process.stream()
                .filter(step -> REVIEW_KIND.equalsIgnoreCase(step.kind()))
                .sorted(Comparator.comparingInt(ProcessStep::order))
                .map(ProcessStep::name)
                .toList();
    }

    /** What a case snapshots of one version, if the catalog published it. */
    public Optional<Snapshot> snapshot(String itemCode, int version) {
        return jdbc.sql("select promised_limit_days, review_steps from item_version where item_code = ? and version = ?")
                .params(itemCode, version)
                .query((rs, row) -> new Snapshot(rs.getInt("promised_limit_days"),
                        json.readValue(rs.getString("review_steps"), STRINGS)))
                .optional();
    }

    /**
     * @param promisedLimitDays the promised limit in working days
     * @param reviewSteps       names of the REVIEW steps of the version's process, in order (may be empty)
     */
    public record Snapshot(int promisedLimitDays, List<String> reviewSteps) {
    }
}
