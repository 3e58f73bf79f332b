package org.onestop.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onestop.platform.problem.BadRequestException;

/** The If-Match a draft's changes honour: one strong entity tag of the revision, {@code *} or none. */
class IfMatchTest {

    @Test
    void noneOrAnyExpectsNothing() {
        assertThat(DraftController.expectedRevision(null)).isNull();
        assertThat(DraftController.expectedRevision(" ")).isNull();
        assertThat(DraftController.expectedRevision("*")).isNull();
    }

    @Test
    void aQuotedNumberIsTheExpectedRevision() {
        assertThat(DraftController.expectedRevision("\"0\"")).isZero();
        assertThat(DraftController.expectedRevision(" \"12\" ")).isEqualTo(12L);
    }

    @Test
    void weakTagsListsAndOtherTextAreRefused() {
        for (String header : new String[] {"W/\"3\"", "\"1\", \"2\"", "3", "\"abc\"", "\"\"", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> DraftController.expectedRevision(header)).as(header)
                    .isInstanceOf(BadRequestException.class);
        }
    }
}
