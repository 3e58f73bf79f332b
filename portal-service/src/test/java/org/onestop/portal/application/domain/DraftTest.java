package org.onestop.portal.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.StateConflict;

class DraftTest {

    private static final Instant CREATED = Instant.parse("2026-11-27T01:00:00Z");

    private final Draft draft = new Draft(UUID.randomUUID(), "applicant", "张三", "NATURAL_PERSON", "330100-XK-1",
            Map.of("shopName", "药房"), "web", CREATED, CREATED, 3);

    @Test
    void theStoredRevisionOrNoExpectationIsAccepted() {
        assertThatCode(() -> draft.expectRevision(3L)).doesNotThrowAnyException();
        assertThatCode(() -> draft.expectRevision(null)).doesNotThrowAnyException();
    }

    @Test
    void anotherRevisionIsAConflictNamingTheCurrentOne() {
        assertThatThrownBy(() -> draft.expectRevision(2L))
                .isInstanceOfSatisfying(StateConflict.class,
                        conflict -> assertThat(conflict.properties()).containsEntry("currentRevision", 3L));
    }

    @Test
    void newFormDataIsTheNextRevision() {
        Instant later = CREATED.plusSeconds(60);

        Draft changed = draft.withFormData(Map.of("shopName", "新药房"), later);

        assertThat(changed.revision()).isEqualTo(4);
        assertThat(changed.formData()).containsEntry("shopName", "新药房");
        assertThat(changed.updatedAt()).isEqualTo(later);
        assertThat(changed.createdAt()).isEqualTo(CREATED);
    }
}
