package org.onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onestop.platform.problem.BadRequestException;

/** The If-Match every service's changes honour: one strong entity tag of the version, {@code *} or none. */
class EntityTagsTest {

    @Test
    void noneOrAnyExpectsNothing() {
        assertThat(EntityTags.expected(null)).isNull();
        assertThat(EntityTags.expected(" ")).isNull();
        assertThat(EntityTags.expected("*")).isNull();
    }

    @Test
    void aQuotedNumberIsTheExpectedRevision() {
        assertThat(EntityTags.expected("\"0\"")).isZero();
        assertThat(EntityTags.expected(" \"12\" ")).isEqualTo(12L);
    }

    @Test
    void weakTagsListsAndOtherTextAreRefused() {
        for (String header : new String[] {"W/\"3\"", "\"1\", \"2\"", "3", "\"abc\"", "\"\"", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> EntityTags.expected(header)).as(header)
                    .isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void theHeaderOrTheDeprecatedBodyFieldNamesTheVersionAndBothMustAgree() {
        assertThat(EntityTags.expected("\"4\"", null)).isEqualTo(4L);
        assertThat(EntityTags.expected(null, 4L)).as("the body's field, deprecated, still read").isEqualTo(4L);
        assertThat(EntityTags.expected("\"4\"", 4L)).isEqualTo(4L);
        assertThat(EntityTags.expected("*", 4L)).isEqualTo(4L);
        assertThat(EntityTags.expected(null, null)).isNull();
        assertThatThrownBy(() -> EntityTags.expected("\"4\"", 3L)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("If-Match");
        assertThat(EntityTags.of(7)).isEqualTo("\"7\"");
    }
}
