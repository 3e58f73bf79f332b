package org.onestop.portal.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One line of the public list: what a person needs to pick an item, not the whole guide (that is
 * {@code GET /catalog/items/{code}}).
 */
public record CatalogSummary(String code, int version, String name, String itemType, String level, String regionCode,
                             String departmentCode, String departmentName, List<String> serviceObjects,
                             List<String> topics, String onlineDepth, String handlingForm, String caseKind,
                             Integer visits, int legalLimitDays, int promisedLimitDays, boolean bookingSupported,
                             Instant publishedAt) {
}
