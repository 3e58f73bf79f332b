package org.onestop.web.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.onestop.web.api.Recent;
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
    private final Recent<Map<String, String>> names;

    DepartmentNames(Gateway gateway, Clock clock) {
        this.gateway = gateway;
        this.names = new Recent<>(clock, KEPT_FOR);
    }

    public Map<String, String> of(Caller caller) {
        return names.get(() -> {
            Map<String, String> read = new LinkedHashMap<>();
            gateway.get("/api/portal/v1/catalog/departments", caller)
                    .forEach(d -> read.put(d.path("code").asString(), d.path("name").asString()));
            return java.util.Collections.unmodifiableMap(read);
        });
    }
}
