package org.onestop.gateway.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The channels a request can come through (X-Channel). */
enum Channel {
    WEB, WECHAT, APP, WEIBO, HALL;

    static final String HEADER = "X-Channel";

    static Optional<Channel> parse(String value) {
        return Arrays.stream(values()).filter(channel -> channel.name().equalsIgnoreCase(value.strip())).findFirst();
    }

    String headerValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
