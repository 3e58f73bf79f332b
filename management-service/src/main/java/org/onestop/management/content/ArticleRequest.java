package org.onestop.management.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onestop.management.content.domain.Column;
import org.onestop.platform.web.EntityTags;

/**
 * An article as an editor writes it; {@code departmentCode} is read when it is written,
 * {@code expectedRevision} (required) when it is edited. The body may be longer than the platform's
 * default text (a policy in full): up to {@link #LONGEST_BODY} characters.
 */
record ArticleRequest(@NotNull Column column, @NotBlank @Size(max = 200) String title, @Size(max = 1000) String summary,
                      @NotBlank @Size(max = LONGEST_BODY) String body, @Size(max = 64) String departmentCode,
                      Long expectedRevision) {

    static final int LONGEST_BODY = 100_000;

    /** The same with the revision If-Match names (the body's own field is deprecated; both must agree). */
    ArticleRequest over(String ifMatch) {
        return new ArticleRequest(column, title, summary, body, departmentCode,
                EntityTags.expected(ifMatch, expectedRevision));
    }
}
