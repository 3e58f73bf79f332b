package org.onestop.processing.cases;

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
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.CaseState;
import org.onestop.processing.cases.domain.Deadline;
import org.onestop.processing.cases.domain.Handling;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class CaseRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the case unless its application already has one; says whether it did. */
    boolean insertIfNew(CaseFile file) {
        Deadline deadline = file.deadline();
        return jdbc.sql("""
                insert into case_file (id, application_id, tracking_number, item_code, item_version, item_name,
                    applicant_id, applicant_name, region_code, department_code, channel, state, received_at,
                    limit_days, warning_days, limit_assumed, review_steps)
                values (:id, :app, :tracking, :item, :version, :itemName, :applicant, :applicantName, :region, :dept,
                    :channel, :state, :receivedAt, :limitDays, :warningDays, :limitAssumed, cast(:reviewSteps as jsonb))
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
                .param("limitDays", deadline.limitDays())
                .param("warningDays", deadline.warningDays())
                .param("limitAssumed", deadline.limitAssumed())
                .param("reviewSteps", json.writeValueAsString(file.reviewSteps()))
                .update() == 1;
    }

    /** Saves the case's new state; fails if someone else acted on the case since it was read. */
    void update(CaseFile file) {
        Deadline deadline = file.deadline();
        Handling handling = file.handling();
        int updated = jdbc.sql("""
                update case_file set state = :state, accepted_at = :acceptedAt, started_on = :startedOn,
                    paused_days = :pausedDays, paused_on = :pausedOn, stopped_on = :stoppedOn, due_on = :dueOn,
                    warn_on = :warnOn, review_step = :reviewStep, return_state = :returnState,
                    missing_items = cast(:missingItems as jsonb), correction_rounds = :correctionRounds,
                    outcome = :outcome, outcome_reasons = :outcomeReasons, delivery_method = :deliveryMethod,
                    assignee = :assignee, row_version = row_version + 1
                where id = :id and row_version = :rowVersion""")
                .param("state", file.state().name())
                .param("acceptedAt", file.acceptedAt() == null ? null : Timestamp.from(file.acceptedAt()))
                .param("startedOn", deadline.startedOn())
                .param("pausedDays", deadline.pausedDays())
                .param("pausedOn", deadline.pausedOn())
                .param("stoppedOn", deadline.stoppedOn())
                .param("dueOn", deadline.dueOn())
                .param("warnOn", deadline.warnOn())
                .param("reviewStep", handling.reviewStep())
                .param("returnState", handling.returnState() == null ? null : handling.returnState().name())
                .param("missingItems", json.writeValueAsString(handling.missingItems()))
                .param("correctionRounds", handling.correctionRounds())
                .param("outcome", handling.outcome() == null ? null : handling.outcome().name())
                .param("outcomeReasons", handling.outcomeReasons())
                .param("deliveryMethod", handling.deliveryMethod() == null ? null : handling.deliveryMethod().name())
                .param("assignee", file.assignee())
                .param("id", file.id())
                .param("rowVersion", file.rowVersion())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("case " + file.id() + " changed concurrently");
        }
    }

    void recordAction(UUID caseId, String action, String actor, String opinion, CaseState from, CaseState to,
                      Map<String, Object> details, Instant at) {
        jdbc.sql("""
                insert into case_action (case_id, action, actor, opinion, from_state, to_state, details, occurred_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(caseId, action, actor, opinion, from == null ? null : from.name(), to.name(),
                        json.writeValueAsString(details), Timestamp.from(at))
                .update();
    }

    /** A case's history, oldest first (served by case_action_case_idx). */
    List<HistoryEntry> history(UUID caseId, PageRequest page) {
        return jdbc.sql("""
                select * from case_action where case_id = ? order by id limit ? offset ?""")
                .params(caseId, page.size(), page.offset())
                .query((rs, row) -> new HistoryEntry(rs.getString("action"), rs.getString("actor"),
                        rs.getString("opinion"), rs.getString("from_state"), rs.getString("to_state"),
                        json.readTree(rs.getString("details")), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    long historySize(UUID caseId) {
        return jdbc.sql("select count(*) from case_action where case_id = ?").param(caseId).query(Long.class).single();
    }

    /**
     * Locks up to {@code limit} running cases that reached the signal's day and have not had it
     * yet, skipping rows another replica holds, so each case is signalled by one replica once.
     */
    List<CaseFile> claimPendingSignal(Signal signal, LocalDate today, int limit) {
        String due = signal == Signal.WARNING ? "warn_on <= :today and not warning_raised"
                : "due_on < :today and not overdue_raised";
        String day = signal == Signal.WARNING ? "warn_on" : "due_on";
        return jdbc.sql("select * from case_file where " + due + " and stopped_on is null order by " + day
                        + " limit :limit for update skip locked")
                .param("today", today)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    void markSignalled(UUID caseId, Signal signal) {
        String column = signal == Signal.WARNING ? "warning_raised" : "overdue_raised";
        jdbc.sql("update case_file set " + column + " = true where id = ?").param(caseId).update();
    }

    Optional<CaseFile> find(UUID id) {
        return jdbc.sql("select * from case_file where id = ?").param(id).query(this::map).optional();
    }

    /** The case of an application (served by the unique index on application_id). */
    Optional<CaseFile> findByApplication(String applicationId) {
        return jdbc.sql("select * from case_file where application_id = ?").param(applicationId).query(this::map)
                .optional();
    }

    /**
     * Notes the number of the certificate the case's approval produced; says whether it was new.
     * Not an action on the case, so its version stays (nobody's open form goes stale).
     */
    boolean recordCertificate(UUID caseId, String number) {
        return jdbc.sql("update case_file set certificate_number = ? where id = ? and certificate_number is distinct from ?")
                .params(number, caseId, number)
                .update() == 1;
    }

    List<CaseFile> queue(String department, QueueFilter filter, LocalDate today, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(department, filter, today, params);
        return jdbc.sql("select * from case_file where " + where + " order by received_at, id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::map)
                .list();
    }

    long queueSize(String department, QueueFilter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(department, filter, today, params);
        return jdbc.sql("select count(*) from case_file where " + where).params(params).query(Long.class).single();
    }

    /** The department always; then only the filters given, so that each query can use the index made for it. */
    private static String where(String department, QueueFilter filter, LocalDate today, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("department_code = :dept");
        params.put("dept", department);
        if (filter.state() != null) {
            conditions.add("state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.itemCode() != null) {
            conditions.add("item_code = :item");
            params.put("item", filter.itemCode());
        }
        if (filter.assignee() != null) {
            conditions.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.dueBefore() != null) {
            conditions.add("due_on < :dueBefore and stopped_on is null");
            params.put("dueBefore", filter.dueBefore());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            conditions.add("due_on < :today and stopped_on is null");
            params.put("today", today);
        }
        if (Boolean.TRUE.equals(filter.earlyWarning())) {
            // as Deadline.read: the running clock has used its warning share and is not overdue yet
            conditions.add("warn_on <= :today and due_on >= :today and stopped_on is null and limit_days > 0");
            params.put("today", today);
        }
        return String.join(" and ", conditions);
    }

    private CaseFile map(ResultSet rs, int row) throws SQLException {
        Timestamp acceptedAt = rs.getTimestamp("accepted_at");
        var deadline = new Deadline(rs.getInt("limit_days"), rs.getInt("warning_days"), rs.getBoolean("limit_assumed"),
                rs.getObject("started_on", LocalDate.class), rs.getInt("paused_days"),
                rs.getObject("paused_on", LocalDate.class), rs.getObject("stopped_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("warn_on", LocalDate.class));
        String returnState = rs.getString("return_state");
        String outcome = rs.getString("outcome");
        String deliveryMethod = rs.getString("delivery_method");
        var handling = new Handling(rs.getString("review_step"),
                returnState == null ? null : CaseState.valueOf(returnState),
                json.readValue(rs.getString("missing_items"), STRINGS), rs.getInt("correction_rounds"),
                outcome == null ? null : Handling.Outcome.valueOf(outcome), rs.getString("outcome_reasons"),
                deliveryMethod == null ? null : Handling.DeliveryMethod.valueOf(deliveryMethod));
        return new CaseFile(rs.getObject("id", UUID.class), rs.getString("application_id"),
                rs.getString("tracking_number"), rs.getString("item_code"), rs.getInt("item_version"),
                rs.getString("item_name"), rs.getString("applicant_id"), rs.getString("applicant_name"),
                rs.getString("region_code"), rs.getString("department_code"), rs.getString("channel"),
                CaseState.valueOf(rs.getString("state")), rs.getTimestamp("received_at").toInstant(),
                acceptedAt == null ? null : acceptedAt.toInstant(), deadline, handling, rs.getString("assignee"),
                json.readValue(rs.getString("review_steps"), STRINGS), rs.getString("certificate_number"),
                rs.getLong("row_version"));
    }

    /** The supervision signals, each raised once per case. */
    enum Signal { WARNING, OVERDUE }

    /**
     * The filters of a work queue; each is optional. {@code dueBefore} is exclusive; {@code earlyWarning}
     * is the cases whose running clock has used its warning share and is not overdue yet.
     */
    record QueueFilter(CaseState state, String itemCode, String assignee, LocalDate dueBefore, Boolean overdue,
                       Boolean earlyWarning) {
    }

    /** One action in a case's history. */
    record HistoryEntry(String action, String actor, String opinion, String fromState, String toState,
                        tools.jackson.databind.JsonNode details, Instant occurredAt) {
    }
}
