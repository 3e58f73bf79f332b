package org.onestop.portal.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.platform.web.PageRequest;
import org.onestop.portal.evaluation.domain.Dimensions;
import org.onestop.portal.evaluation.domain.Evaluation;
import org.onestop.portal.evaluation.domain.Rectification;
import org.onestop.portal.evaluation.domain.Rectification.AppealDecision;
import org.onestop.portal.evaluation.domain.Rectification.Outcome;
import org.onestop.portal.evaluation.domain.RectificationStatus;
import org.onestop.portal.evaluation.domain.SatisfactionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

    private static final String RECTIFICATION = """
            select r.*, e.tracking_number, e.item_code from rectification r join evaluation e on e.id = r.evaluation_id
            """;

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean existsFor(UUID applicationId) {
        return jdbc.sql("select exists (select 1 from evaluation where application_id = ?)").param(applicationId)
                .query(Boolean.class).single();
    }

    void insert(Evaluation e) {
        Dimensions d = e.dimensions();
        jdbc.sql("""
                insert into evaluation (id, application_id, tracking_number, case_id, reviewer_id, item_code, item_version,
                    item_name, department_code, region_code, level, bad, overall, efficiency, guide_accuracy, convenience,
                    usability, comment, channel, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.applicationId(), e.trackingNumber(), e.caseId(), e.reviewerId(), e.itemCode(),
                        e.itemVersion(), e.itemName(), e.departmentCode(), e.regionCode(), e.level().name(),
                        e.level().bad(), d.overall(), d.efficiency(), d.guideAccuracy(), d.convenience(), d.usability(),
                        e.comment(), e.channel(), Timestamp.from(e.submittedAt()))
                .update();
    }

    Optional<Evaluation> findOwn(UUID id, String reviewerId) {
        return jdbc.sql("select * from evaluation where id = ? and reviewer_id = ?").params(id, reviewerId)
                .query(this::evaluation).optional();
    }

    Optional<Evaluation> find(UUID id) {
        return jdbc.sql("select * from evaluation where id = ?").param(id).query(this::evaluation).optional();
    }

    List<Evaluation> pageOfReviewer(String reviewerId, PageRequest page) {
        return jdbc.sql("select * from evaluation where reviewer_id = ? order by submitted_at desc, id limit ? offset ?")
                .params(reviewerId, page.size(), page.offset()).query(this::evaluation).list();
    }

    long countOfReviewer(String reviewerId) {
        return jdbc.sql("select count(*) from evaluation where reviewer_id = ?").param(reviewerId)
                .query(Long.class).single();
    }

    /** How many evaluations an item has per level, in the order of the levels. */
    Map<SatisfactionLevel, Long> levelsOf(String itemCode) {
        Map<SatisfactionLevel, Long> counts = new LinkedHashMap<>();
        for (SatisfactionLevel level : SatisfactionLevel.values()) {
            counts.put(level, 0L);
        }
        jdbc.sql("select level, count(*) from evaluation where item_code = ? group by level").param(itemCode)
                .query((rs, n) -> counts.put(SatisfactionLevel.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    void insert(Rectification r) {
        jdbc.sql("""
                insert into rectification (id, evaluation_id, department_code, region_code, status, due_on, raised_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.evaluationId(), r.departmentCode(), r.regionCode(), r.status().name(), r.dueOn(),
                        Timestamp.from(r.raisedAt()))
                .update();
    }

    void update(Rectification r) {
        jdbc.sql("""
                update rectification set status = ?, due_on = ?, substantiated = ?, verification_note = ?, verified_by = ?,
                    verified_at = ?, outcome = ?, outcome_text = ?, completed_by = ?, completed_at = ?, appeal_reason = ?,
                    appealed_at = ?, appeal_decision = ?, appeal_answer = ?, appeal_answered_by = ?, appeal_answered_at = ?
                where id = ?""")
                .params(r.status().name(), r.dueOn(), r.substantiated(), r.verificationNote(), r.verifiedBy(),
                        timestamp(r.verifiedAt()), r.outcome() == null ? null : r.outcome().name(), r.outcomeText(),
                        r.completedBy(), timestamp(r.completedAt()), r.appealReason(), timestamp(r.appealedAt()),
                        r.appealDecision() == null ? null : r.appealDecision().name(), r.appealAnswer(),
                        r.appealAnsweredBy(), timestamp(r.appealAnsweredAt()), r.id())
                .update();
    }

    Optional<Rectification> rectificationOf(UUID evaluationId) {
        return jdbc.sql(RECTIFICATION + " where r.evaluation_id = ?").param(evaluationId).query(this::rectification)
                .optional();
    }

    /** The record, locked until the end of the transaction, so that its steps happen one after another. */
    Optional<Rectification> lock(UUID id) {
        return jdbc.sql(RECTIFICATION + " where r.id = ? for update of r").param(id).query(this::rectification)
                .optional();
    }

    Optional<Rectification> lockOf(UUID evaluationId) {
        return jdbc.sql(RECTIFICATION + " where r.evaluation_id = ? for update of r").param(evaluationId)
                .query(this::rectification).optional();
    }

    Optional<Rectification> findRectification(UUID id) {
        return jdbc.sql(RECTIFICATION + " where r.id = ?").param(id).query(this::rectification).optional();
    }

    List<Rectification> pageOfDepartment(String departmentCode, RectificationFilter filter, LocalDate today,
                                         PageRequest page) {
        var where = where(departmentCode, filter, today);
        where.params.add(page.size());
        where.params.add(page.offset());
        return jdbc.sql(RECTIFICATION + " where " + where.sql + " order by r.due_on, r.raised_at, r.id limit ? offset ?")
                .params(where.params).query(this::rectification).list();
    }

    long countOfDepartment(String departmentCode, RectificationFilter filter, LocalDate today) {
        var where = where(departmentCode, filter, today);
        return jdbc.sql("select count(*) from rectification r where " + where.sql).params(where.params)
                .query(Long.class).single();
    }

    private static Where where(String departmentCode, RectificationFilter filter, LocalDate today) {
        var sql = new StringBuilder("r.department_code = ?");
        List<Object> params = new ArrayList<>(List.of(departmentCode));
        if (filter.status() != null) {
            sql.append(" and r.status = ?");
            params.add(filter.status().name());
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " and " : " and not ")
                    .append("(r.status in ('OPEN', 'VERIFIED') and r.due_on < ?)");
            params.add(today);
        }
        return new Where(sql.toString(), params);
    }

    private Evaluation evaluation(ResultSet rs, int row) throws SQLException {
        return new Evaluation(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                rs.getString("tracking_number"), rs.getString("case_id"), rs.getString("reviewer_id"),
                rs.getString("item_code"), rs.getInt("item_version"), rs.getString("item_name"),
                rs.getString("department_code"), rs.getString("region_code"),
                SatisfactionLevel.valueOf(rs.getString("level")),
                new Dimensions(integer(rs, "overall"), integer(rs, "efficiency"), integer(rs, "guide_accuracy"),
                        integer(rs, "convenience"), integer(rs, "usability")),
                rs.getString("comment"), rs.getString("channel"), rs.getTimestamp("submitted_at").toInstant());
    }

    private Rectification rectification(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String decision = rs.getString("appeal_decision");
        return new Rectification(rs.getObject("id", UUID.class), rs.getObject("evaluation_id", UUID.class),
                rs.getString("tracking_number"), rs.getString("item_code"), rs.getString("department_code"),
                rs.getString("region_code"), RectificationStatus.valueOf(rs.getString("status")),
                rs.getObject("due_on", LocalDate.class), (Boolean) rs.getObject("substantiated"),
                rs.getString("verification_note"), rs.getString("verified_by"), instant(rs, "verified_at"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("outcome_text"),
                rs.getString("completed_by"), instant(rs, "completed_at"), rs.getString("appeal_reason"),
                instant(rs, "appealed_at"), decision == null ? null : AppealDecision.valueOf(decision),
                rs.getString("appeal_answer"), rs.getString("appeal_answered_by"), instant(rs, "appeal_answered_at"),
                rs.getTimestamp("raised_at").toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private record Where(String sql, List<Object> params) {
    }

    /** What department staff narrow their rectifications by; all of them without criteria. */
    record RectificationFilter(RectificationStatus status, Boolean overdue) {
    }
}
