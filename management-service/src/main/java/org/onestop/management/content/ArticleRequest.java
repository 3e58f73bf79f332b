package org.onestop.management.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onestop.management.content.domain.Column;

/**
 * An article as an editor writes it; {@code departmentCode} is read when it is written,
 * {@code expectedRevision} (required) when it is edited.
 */
record ArticleRequest(@NotNull Column column, @NotBlank @Size(max = 200) String title, @Size(max = 1000) String summary,
                      @NotBlank String body, String departmentCode, Long expectedRevision) {
}
