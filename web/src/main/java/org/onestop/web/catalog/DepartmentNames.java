package org.onestop.web.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.springframework.stereotype.Component;

/**
 * The departments' names by code, from the portal's public list, so that facets and lists show names. The list
 * changes when the master data does, a few times a year: it is read again at most once a minute, so that a home
 * page or a search does not wait for it.
 */
@Component
public class DepartmentNames {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final Gateway gateway;
    private final Clock clock;
    private volatile Read last;

    DepartmentNames(Gateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    public Map<String, String> of(Caller caller) {
        Read read = last;
        Instant now = clock.instant();
        if (read == null || !now.isBefore(read.at().plus(KEPT_FOR))) {
            Map<String, String> names = new LinkedHashMap<>();
            gateway.get("/api/portal/v1/catalog/departments", caller)
                    .forEach(d -> names.put(d.path("code").asString(), d.path("name").asString()));
            read = new Read(java.util.Collections.unmodifiableMap(names), now);
            last = read;
        }
        return read.names();
    }

    private record Read(Map<String, String> names, Instant at) {
    }
}
