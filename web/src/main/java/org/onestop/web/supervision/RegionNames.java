package org.onestop.web.supervision;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.onestop.web.api.Recent;
import org.springframework.stereotype.Component;

/**
 * The regions a supervisor chooses among, by code with their names: the provinces, prefectures and counties of the
 * master data (GB/T 2260; townships are reached through their county's figures), read again at most every ten
 * minutes.
 */
@Component
class RegionNames {

    static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY");

    private final Gateway gateway;
    private final Recent<Map<String, String>> names;

    RegionNames(Gateway gateway, Clock clock) {
        this.gateway = gateway;
        this.names = new Recent<>(clock, Duration.ofMinutes(10));
    }

    Map<String, String> of(Caller caller) {
        return names.get(() -> {
            Map<String, String> read = new LinkedHashMap<>();
            for (String level : LEVELS) {
                int page = 0;
                int pages;
                do {
                    var found = gateway.get("/api/management/v1/regions", Map.of("level", level, "size", 100, "page", page),
                            caller);
                    found.path("content").forEach(r -> read.put(r.path("code").asString(), r.path("name").asString()));
                    pages = found.path("totalPages").asInt();
                    page++;
                } while (page < pages);
            }
            return java.util.Collections.unmodifiableMap(read);
        });
    }
}
