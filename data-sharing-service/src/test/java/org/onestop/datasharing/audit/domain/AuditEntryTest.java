package org.onestop.datasharing.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private final Instant at = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void eachLinkCoversThePreviousOne() {
        AuditEntry first = AuditEntry.next(null, at, "a", "D-1", "record.read", "r", "ok", "x");
        AuditEntry second = AuditEntry.next(first, at, "b", "D-2", "record.read", "r", "ok", "y");

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.followsOn(AuditEntry.GENESIS)).isTrue();
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.followsOn(first.hash())).isTrue();
        assertThat(second.followsOn(AuditEntry.GENESIS)).isFalse();
    }

    @Test
    void anyChangedFieldBreaksTheLink() {
        AuditEntry entry = AuditEntry.next(null, at, "a", "D-1", "record.read", "r", "ok", "x");
        AuditEntry altered = new AuditEntry(entry.seq(), entry.occurredAt(), entry.actor(), entry.department(),
                entry.action(), entry.target(), "denied", entry.detail(), entry.previousHash(), entry.hash());

        assertThat(altered.followsOn(AuditEntry.GENESIS)).isFalse();
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditEntry one = AuditEntry.next(null, at, "ab", "c", "x", "r", "ok", "d");
        AuditEntry other = AuditEntry.next(null, at, "a", "bc", "x", "r", "ok", "d");

        assertThat(one.hash()).isNotEqualTo(other.hash());
    }
}
