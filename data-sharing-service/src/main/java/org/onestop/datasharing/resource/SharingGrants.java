package org.onestop.datasharing.resource;

import java.time.Clock;
import org.onestop.datasharing.resource.domain.GrantRight;
import org.springframework.stereotype.Service;

/** Whether a department may read a resource's records (it owns it, or holds an active READ grant), for other features. */
@Service
public class SharingGrants {

    private final ResourceRepository resources;
    private final Clock clock;

    SharingGrants(ResourceRepository resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    public boolean mayRead(String department, String resourceCode) {
        return resources.findByCode(resourceCode).map(resource -> resource.isOwnedBy(department)
                || resources.approvedGrants(resource.id(), department).stream()
                        .anyMatch(grant -> grant.allows(GrantRight.READ, clock.instant())))
                .orElse(false);
    }
}
