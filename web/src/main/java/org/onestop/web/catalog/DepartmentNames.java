package org.onestop.web.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.springframework.stereotype.Component;

/** The departments' names by code, from the portal's public list, so that facets and lists show names. */
@Component
public class DepartmentNames {

    private final Gateway gateway;

    DepartmentNames(Gateway gateway) {
        this.gateway = gateway;
    }

    public Map<String, String> of(Caller caller) {
        Map<String, String> names = new LinkedHashMap<>();
        gateway.get("/api/portal/v1/catalog/departments", caller)
                .forEach(d -> names.put(d.path("code").asString(), d.path("name").asString()));
        return names;
    }
}
