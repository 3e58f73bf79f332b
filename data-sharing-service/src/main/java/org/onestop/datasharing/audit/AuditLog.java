package org.onestop.datasharing.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.onestop.datasharing.audit.domain.AuditEntry;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained record of every exchange: reads of shared data, refusals,
 * verifications and grant decisions. Appends are serialised by a transaction-scoped advisory
 * lock so the chain has no forks, even with several replicas.
 */
@Service
public class AuditLog {

    private static final int VERIFY_BATCH = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Appends in the caller's transaction, so the entry stands or falls with what it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String department, String action, String target, String outcome, String detail) {
        appendAfterLock(actor, department, action, target, outcome, detail);
    }

    /** Appends in a transaction of its own: for refusals, whose request does not commit anything else. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String department, String action, String target, String outcome,
                            String detail) {
        appendAfterLock(actor, department, action, target, outcome, detail);
    }

    private void appendAfterLock(String actor, String department, String action, String target, String outcome,
                                 String detail) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onestop.audit.chain'))").query((rs, n) -> 1).list();
        AuditEntry last = jdbc.sql("select * from audit_entry order by seq desc limit 1").query(this::map).optional()
                .orElse(null);
        AuditEntry entry = AuditEntry.next(last, clock.instant().truncatedTo(ChronoUnit.MICROS), actor, department,
                action, target, outcome, detail);
        insert(entry);
    }

    /** Writes one link as it is; callers hold the chain lock (tests: build an old chain). */
    void insert(AuditEntry entry) {
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, department, action, target, outcome, detail,
                    previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.seq(), Timestamp.from(entry.occurredAt()), entry.actor(), entry.department(),
                        entry.action(), entry.target(), entry.outcome(), entry.detail(), entry.previousHash(),
                        entry.hash())
                .update();
    }

    /**
     * Walks the chain in order from the last pruned entry (or the beginning) and reports the first
     * link that does not hold.
     */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        Checkpoint start = jdbc.sql("select seq, hash from audit_checkpoint")
                .query((rs, row) -> new Checkpoint(rs.getLong("seq"), rs.getString("hash"))).optional()
                .orElse(new Checkpoint(0, AuditEntry.GENESIS));
        String expected = start.hash();
        long expectedSeq = start.seq() + 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_entry where seq >= ? order by seq limit ?")
                    .params(expectedSeq, VERIFY_BATCH).query(this::map).list();
            for (AuditEntry entry : batch) {
                if (entry.seq() != expectedSeq || !entry.followsOn(expected)) {
                    return new ChainCheck(false, checked, expectedSeq);
                }
                expected = entry.hash();
                expectedSeq++;
                checked++;
            }
            if (batch.size() < VERIFY_BATCH) {
                return new ChainCheck(true, checked, null);
            }
        }
    }

    /**
     * Removes, oldest first, the entries older than {@code retentionMonths} (at least six: the
     * database refuses younger ones), up to the first younger entry so that what remains is still
     * one chain, and moves the checkpoint to the last removed entry.
     *
     * @return how many entries were removed
     */
    @Transactional
    public int prune(int retentionMonths, int limit) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onestop.audit.chain'))").query((rs, n) -> 1).list();
        List<Checkpoint> removed = jdbc.sql("""
                with young as (
                    select coalesce(min(seq), (select max(seq) + 1 from audit_entry)) as first_seq
                    from audit_entry where occurred_at >= now() - make_interval(months => :months)),
                gone as (
                    delete from audit_entry where seq in (
                        select seq from audit_entry, young where seq < young.first_seq order by seq limit :limit)
                    returning seq, hash)
                select seq, hash from gone order by seq""")
                .param("months", retentionMonths).param("limit", limit)
                .query((rs, row) -> new Checkpoint(rs.getLong("seq"), rs.getString("hash"))).list();
        if (removed.isEmpty()) {
            return 0;
        }
        Checkpoint last = removed.get(removed.size() - 1);
        jdbc.sql("""
                insert into audit_checkpoint (seq, hash, pruned_at) values (?, ?, now())
                on conflict (id) do update set seq = excluded.seq, hash = excluded.hash, pruned_at = excluded.pruned_at""")
                .params(last.seq(), last.hash()).update();
        return removed.size();
    }

    @Transactional(readOnly = true)
    public PageResponse<AuditEntry> page(String department, PageRequest page) {
        List<AuditEntry> content = jdbc.sql("select * from audit_entry where (cast(:dept as text) is null or department = :dept) "
                        + "order by seq desc limit :limit offset :offset")
                .param("dept", department).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        long total = jdbc.sql("select count(*) from audit_entry where (cast(:dept as text) is null or department = :dept)")
                .param("dept", department).query(Long.class).single();
        return PageResponse.of(content, page, total);
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("department"), rs.getString("action"), rs.getString("target"), rs.getString("outcome"),
                rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private record Checkpoint(long seq, String hash) {
    }

    /**
     * @param intact         whether every link holds
     * @param entriesChecked links that held before the first broken one (or all of them)
     * @param firstBrokenSeq the sequence number where the chain breaks, or null
     */
    public record ChainCheck(boolean intact, long entriesChecked, Long firstBrokenSeq) {
    }
}
