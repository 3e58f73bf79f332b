package org.onestop.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictExceptionTest {

    @Test
    void aPropertyMayNotTakeTheNameOfAMemberEveryProblemHas() {
        for (String member : ConflictException.PROBLEM_MEMBERS) {
            assertThatThrownBy(() -> new ConflictException("clash", Map.of(member, "SUBMITTED")))
                    .as(member).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(member);
        }
    }

    @Test
    void otherPropertiesAreKept() {
        var conflict = new ConflictException("clash", Map.of("applicationStatus", "SUBMITTED", "allowedActions", List.of()));

        assertThat(conflict.properties()).containsEntry("applicationStatus", "SUBMITTED").containsKey("allowedActions");
    }
}
