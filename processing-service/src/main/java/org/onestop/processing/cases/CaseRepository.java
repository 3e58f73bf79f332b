package org.onestop.processing.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.CaseState;
import org.onestop.platform.web.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    private static final String IN_QUEUE = "department_code = :dept and (cast(:state as text) is null or state = :state)";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the case unless its application already has one; says whether it did. */
    boolean insertIfNew(CaseFile file) {
        return jdbc.sql("""
                insert into case_file (id, application_id, tracking_number, item_code, item_version, item_name,
                    applicant_id, applicant_name, region_code, department_code, channel, state, received_at)
                values (:id, :app, :tracking, :item, :version, :itemName, :applicant, :applicantName, :region, :dept,
                    :channel, :state, :receivedAt)
                on conflict (application_id) do nothing""")
                .param("id", file.id())
                .param("app", file.applicationId())
                .param("tracking", file.trackingNumber())
                .param("item", file.itemCode())
                .param("version", file.itemVersion())
                .param("itemName", file.itemName())
                .param("applicant", file.applicantId())
                .param("applicantName", file.applicantName())
                .param("region", file.regionCode())
                .param("dept", file.departmentCode())
                .param("channel", file.channel())
                .param("state", file.state().name())
                .param("receivedAt", Timestamp.from(file.receivedAt()))
                .update() == 1;
    }

    /** Saves a new state; fails if someone else acted on the case since it was read. */
    void updateState(CaseFile file) {
        int updated = jdbc.sql("""
                update case_file set state = ?, accepted_at = ?, row_version = row_version + 1
                where id = ? and row_version = ?""")
                .params(file.state().name(), file.acceptedAt() == null ? null : Timestamp.from(file.acceptedAt()),
                        file.id(), file.rowVersion())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("case " + file.id() + " changed concurrently");
        }
    }

    void recordAction(UUID caseId, String action, String actor, String opinion, Instant at) {
        jdbc.sql("insert into case_action (case_id, action, actor, opinion, occurred_at) values (?, ?, ?, ?, ?)")
                .params(caseId, action, actor, opinion, Timestamp.from(at))
                .update();
    }

    Optional<CaseFile> find(UUID id) {
        return jdbc.sql("select * from case_file where id = ?").param(id).query(this::map).optional();
    }

    List<CaseFile> queue(String department, CaseState state, PageRequest page) {
        return jdbc.sql("select * from case_file where " + IN_QUEUE + " order by received_at limit :limit offset :offset")
                .param("dept", department)
                .param("state", state == null ? null : state.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
    }

    long queueSize(String department, CaseState state) {
        return jdbc.sql("select count(*) from case_file where " + IN_QUEUE)
                .param("dept", department)
                .param("state", state == null ? null : state.name())
                .query(Long.class)
                .single();
    }

    private CaseFile map(ResultSet rs, int row) throws SQLException {
        Timestamp acceptedAt = rs.getTimestamp("accepted_at");
        return new CaseFile(rs.getObject("id", UUID.class), rs.getString("application_id"),
                rs.getString("tracking_number"), rs.getString("item_code"), rs.getInt("item_version"),
                rs.getString("item_name"), rs.getString("applicant_id"), rs.getString("applicant_name"),
                rs.getString("region_code"), rs.getString("department_code"), rs.getString("channel"),
                CaseState.valueOf(rs.getString("state")), rs.getTimestamp("received_at").toInstant(),
                acceptedAt == null ? null : acceptedAt.toInstant(), rs.getLong("row_version"));
    }
}
