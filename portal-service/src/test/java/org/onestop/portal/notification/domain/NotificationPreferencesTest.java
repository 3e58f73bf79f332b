package org.onestop.portal.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }

    private static NotificationPreferences quiet(String from, String until) {
        return new NotificationPreferences("acc-1", "zhang@example.com", true, null, false, LocalTime.parse(from),
                LocalTime.parse(until), NotificationPreferences.CHINESE, Instant.EPOCH);
    }

    @Test
    void overnightQuietHoursHoldAMessageUntilTheMorning() {
        NotificationPreferences night = quiet("22:00", "07:00");

        assertThat(night.releaseAt(NotificationKind.STATUS_CHANGED, at("2026-12-07T23:30"), CHINA))
                .isEqualTo(at("2026-12-08T07:00"));
        assertThat(night.releaseAt(NotificationKind.STATUS_CHANGED, at("2026-12-08T06:59"), CHINA))
                .isEqualTo(at("2026-12-08T07:00"));
        assertThat(night.releaseAt(NotificationKind.STATUS_CHANGED, at("2026-12-08T22:00"), CHINA))
                .isEqualTo(at("2026-12-09T07:00"));
        assertThat(night.releaseAt(NotificationKind.BOOKING_REMINDER, at("2026-12-08T07:00"), CHINA))
                .isEqualTo(at("2026-12-08T07:00"));
        assertThat(night.releaseAt(NotificationKind.REPLY, at("2026-12-08T21:59"), CHINA))
                .isEqualTo(at("2026-12-08T21:59"));
    }

    @Test
    void daytimeQuietHoursEndTheSameDay() {
        NotificationPreferences lunch = quiet("12:00", "14:00");

        assertThat(lunch.releaseAt(NotificationKind.STATUS_CHANGED, at("2026-12-07T12:30"), CHINA))
                .isEqualTo(at("2026-12-07T14:00"));
        assertThat(lunch.releaseAt(NotificationKind.STATUS_CHANGED, at("2026-12-07T14:00"), CHINA))
                .isEqualTo(at("2026-12-07T14:00"));
        assertThat(lunch.releaseAt(NotificationKind.STATUS_CHANGED, at("2026-12-07T11:00"), CHINA))
                .isEqualTo(at("2026-12-07T11:00"));
    }

    @Test
    void aCorrectionRequestIsALegalNoticeAndGoesOutWhateverTheHour() {
        assertThat(quiet("22:00", "07:00").releaseAt(NotificationKind.CORRECTION_REQUESTED, at("2026-12-07T23:30"), CHINA))
                .isEqualTo(at("2026-12-07T23:30"));
        assertThat(NotificationKind.CORRECTION_REQUESTED.legalNotice()).isTrue();
        assertThat(NotificationKind.STATUS_CHANGED.legalNotice()).isFalse();
    }

    @Test
    void someoneWhoSaidNothingGetsTheInboxOnly() {
        NotificationPreferences none = NotificationPreferences.none("acc-1");

        assertThat(none.wantsEmail()).isFalse();
        assertThat(none.releaseAt(NotificationKind.STATUS_CHANGED, at("2026-12-07T23:30"), CHINA))
                .isEqualTo(at("2026-12-07T23:30"));
    }
}
