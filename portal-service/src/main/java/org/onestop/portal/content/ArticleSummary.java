package org.onestop.portal.content;

import java.time.Instant;

/** One line of a column's list: no body. */
record ArticleSummary(String id, String column, String title, String summary, String regionCode,
                      String departmentCode, Instant publishedAt) {
}
