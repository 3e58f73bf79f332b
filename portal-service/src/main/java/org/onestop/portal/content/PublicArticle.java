package org.onestop.portal.content;

import java.time.Instant;

/** A published article as the public reads it. */
record PublicArticle(String id, String column, String title, String summary, String body, int revision,
                     String regionCode, String departmentCode, Instant publishedAt) {
}
