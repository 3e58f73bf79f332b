package org.onestop.portal.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * How a person wants to be told beyond the inbox: by email (to this address) or not, by text message (to this mainland
 * mobile number) or not, quiet hours in the platform's
 * zone (possibly across midnight, 22:00 to 07:00), and the language of the messages.
 */
public record NotificationPreferences(
        String accountId,
        String email,
        boolean emailEnabled,
        String phone,
        boolean smsEnabled,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Locale language,
        Instant updatedAt) {

    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    /** Someone who has said nothing: the inbox only, in Chinese. */
    public static NotificationPreferences none(String accountId) {
        return new NotificationPreferences(accountId, null, false, null, false, null, null, CHINESE, null);
    }

    public boolean wantsEmail() {
        return emailEnabled && email != null;
    }

    public boolean wantsSms() {
        return smsEnabled && phone != null;
    }

    /**
     * When a message of the kind may go out: now, unless it falls in the quiet hours, then when they end. A legal
     * notice (a correction request pauses a legal clock) goes out at once whatever the hour.
     */
    public Instant releaseAt(NotificationKind kind, Instant now, ZoneId zone) {
        if (kind.legalNotice() || quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = quietFrom.isAfter(quietUntil);
        boolean quiet = overnight ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(quietUntil);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
