package org.onestop.web.config;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Times as people here read them: China Standard Time, {@code 2026-12-05 09:30} (pages call
 * {@code ${@times.minute(at)}} and {@code ${@times.day(at)}} on the APIs' ISO-8601 instants).
 */
@Component("times")
public class Times {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);

    public String minute(Object instant) {
        return format(instant, MINUTE);
    }

    public String day(Object instant) {
        return format(instant, DAY);
    }

    private static String format(Object instant, DateTimeFormatter formatter) {
        if (instant == null) {
            return "";
        }
        try {
            return formatter.format(Instant.parse(instant.toString()));
        } catch (DateTimeParseException notAnInstant) {
            return instant.toString();
        }
    }
}
