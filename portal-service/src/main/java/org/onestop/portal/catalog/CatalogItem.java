package org.onestop.portal.catalog;

import java.time.Instant;
import java.util.List;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;

/** A published service item as the public sees it. */
public record CatalogItem(String code, String itemId, int version, String name, String itemType, String regionCode,
                          String departmentCode, String departmentName, int legalLimitDays, int promisedLimitDays,
                          List<FormField> formFields, Instant publishedAt, ServiceGuide guide) {

    /**
     * Whether the item is applied for online: not when its online depth is I (information only) or II (online
     * pre-review, the application itself at the hall), nor when its handling form is OFFLINE.
     */
    public boolean takesOnlineApplications() {
        return guide == null || !("I".equals(guide.onlineDepth()) || "II".equals(guide.onlineDepth())
                || "OFFLINE".equals(guide.handlingForm()));
    }
}
