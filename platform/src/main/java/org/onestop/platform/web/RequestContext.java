package org.onestop.platform.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id and channel of the work in progress, kept in the logging context so that
 * every log line, outgoing event and error response carries them.
 */
public final class RequestContext {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String CHANNEL_HEADER = "X-Channel";
    public static final Set<String> CHANNELS = Set.of("web", "wechat", "app", "weibo", "hall");
    public static final String DEFAULT_CHANNEL = "web";

    static final String CORRELATION_KEY = "correlationId";
    static final String CHANNEL_KEY = "channel";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public static String correlationId() {
        return MDC.get(CORRELATION_KEY);
    }

    /** The request's channel, or {@code web} outside a request. */
    public static String channel() {
        String channel = MDC.get(CHANNEL_KEY);
        return channel == null ? DEFAULT_CHANNEL : channel;
    }

    /** Sets the correlation id and channel until the returned scope is closed, then restores the previous ones. */
    public static Scope open(String correlationId, String channel) {
        String previousId = MDC.get(CORRELATION_KEY);
        String previousChannel = MDC.get(CHANNEL_KEY);
        set(CORRELATION_KEY, correlationId);
        set(CHANNEL_KEY, channel);
        return () -> {
            set(CORRELATION_KEY, previousId);
            set(CHANNEL_KEY, previousChannel);
        };
    }

    /** A stretch of work with its own correlation id and channel. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    static boolean isSaneCorrelationId(String value) {
        return value != null && SANE_ID.matcher(value).matches();
    }

    /** The channel named by a header value, or null when the value names none. */
    static String channelOf(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return DEFAULT_CHANNEL;
        }
        String channel = headerValue.trim().toLowerCase(Locale.ROOT);
        return CHANNELS.contains(channel) ? channel : null;
    }

    private static void set(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private RequestContext() {
    }
}
