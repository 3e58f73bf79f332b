package org.onestop.portal.notification;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.portal.notification.domain.NotificationPreferences;
import org.springframework.stereotype.Service;

/** A person reads and changes how they are told: by email, by text message, to which address and number, quiet hours, language. */
@Service
class NotificationSettings {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final PreferenceRepository preferences;
    private final Clock clock;

    NotificationSettings(PreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    NotificationPreferences of(String accountId) {
        return preferences.of(accountId);
    }

    /** Turns email on to this address for someone who has not chosen yet (the demo accounts). */
    void emailUnlessSet(String accountId, String email) {
        if (preferences.of(accountId).updatedAt() == null) {
            preferences.save(new NotificationPreferences(accountId, email, true, null, false, null, null,
                    NotificationPreferences.CHINESE, clock.instant()));
        }
    }

    /**
     * Replaces the person's preferences. Email needs an address; quiet hours need both ends, and two different
     * ones (22:00 to 07:00 runs across midnight). A correction request is sent even in the quiet hours.
     */
    NotificationPreferences change(String accountId, String email, boolean emailEnabled, String phone,
                                   boolean smsEnabled, LocalTime quietFrom, LocalTime quietUntil, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        String address = email == null || email.isBlank() ? null : email.strip();
        if (emailEnabled && address == null) {
            problems.add(new FieldProblem("email", "is needed to be told by email"));
        }
        String mobile = mobileNumber(phone);
        if (phone != null && !phone.isBlank() && mobile == null) {
            problems.add(new FieldProblem("phone", "must be a mainland mobile number of 11 digits, such as 13812345678"));
        } else if (smsEnabled && mobile == null) {
            problems.add(new FieldProblem("phone", "is needed to be told by text message"));
        }
        if ((quietFrom == null) != (quietUntil == null)) {
            problems.add(new FieldProblem(quietFrom == null ? "quietFrom" : "quietUntil",
                    "quiet hours need a start and an end"));
        } else if (quietFrom != null && quietFrom.equals(quietUntil)) {
            problems.add(new FieldProblem("quietUntil", "must differ from quietFrom"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("Invalid notification preferences", problems);
        }
        NotificationPreferences changed = new NotificationPreferences(accountId, address, emailEnabled, mobile,
                smsEnabled, quietFrom, quietUntil, language == null ? NotificationPreferences.CHINESE : Locale.forLanguageTag(language),
                clock.instant());
        preferences.save(changed);
        return changed;
    }

    /** A mainland mobile number as 11 digits (spaces, dashes and a leading +86 dropped), or null when it is none. */
    static String mobileNumber(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }
}
