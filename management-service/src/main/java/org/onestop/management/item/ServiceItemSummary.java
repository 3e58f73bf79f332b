package org.onestop.management.item;

import java.time.Instant;

/** One line of the editor's catalog list. */
record ServiceItemSummary(String id, String code, int version, String name, String itemType, String level,
                          String regionCode, String departmentCode, String departmentName, String baseCode, String status,
                          int qualityProblems, Instant effectiveFrom, Instant publishedAt, long revision) {
}
