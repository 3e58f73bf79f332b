package org.onestop.management.item;

import java.time.Instant;
import java.util.List;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.management.item.domain.GuideQuality.QualityReport;
import org.onestop.management.item.domain.GuideQuality;
import org.onestop.management.item.domain.ServiceItem;
import org.onestop.platform.web.Versioned;

/** A service item version as the API shows it, with its quality report. */
record ServiceItemView(String id, String code, int version, String name, String itemType, String level,
                       String regionCode, String departmentCode, String departmentName, int legalLimitDays,
                       int promisedLimitDays, List<FormField> formFields, ServiceGuide guide, String status,
                       Instant effectiveFrom, String createdBy, Instant createdAt, Instant updatedAt, String submittedBy,
                       String reviewedBy, String reviewComment, Instant publishedAt, Instant endedAt, String endReason,
                       long revision, QualityReport quality) implements Versioned {

    @Override
    public long entityVersion() {
        return revision;
    }

    static ServiceItemView of(ServiceItem item) {
        var c = item.content();
        return new ServiceItemView(item.id().toString(), item.code(), item.version(), c.name(), c.itemType().name(),
                c.guide().level(), c.regionCode(), c.departmentCode(), c.departmentName(), c.legalLimitDays(),
                c.promisedLimitDays(), c.formFields(), c.guide(), item.status().name(), item.effectiveFrom(),
                item.createdBy(), item.createdAt(), item.updatedAt(), item.submittedBy(), item.reviewedBy(),
                item.reviewComment(), item.publishedAt(), item.endedAt(), item.endReason(), item.revision(),
                GuideQuality.of(c));
    }
}
