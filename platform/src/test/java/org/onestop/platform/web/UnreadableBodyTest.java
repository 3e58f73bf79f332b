package org.onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

class UnreadableBodyTest {

    enum Kind { HOLIDAY, MAKE_UP_WORKDAY }

    record Line(String code, int amount) {
    }

    record Request(Instant validUntil, Kind kind, List<Line> lines) {
    }

    private final JsonMapper json = JsonMapper.builder().build();

    private Throwable reading(String body) {
        return catchThrowable(() -> json.readValue(body, Request.class));
    }

    @Test
    void aDateWhereADateTimeIsExpectedNamesTheFieldAndTheFormat() {
        assertThat(UnreadableBody.fieldOf(reading("{\"validUntil\": \"2027-12-31\"}")))
                .contains(new FieldProblem("validUntil", "expected a date-time with offset, such as 2027-12-31T00:00:00Z"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertThat(UnreadableBody.fieldOf(reading("{\"kind\": \"WEEKEND\"}")))
                .contains(new FieldProblem("kind", "expected one of HOLIDAY, MAKE_UP_WORKDAY"));
    }

    @Test
    void aFieldInsideAnArrayIsNamedWithItsIndex() {
        assertThat(UnreadableBody.fieldOf(reading("{\"lines\": [{\"code\": \"a\", \"amount\": 1}, {\"amount\": \"many\"}]}")))
                .contains(new FieldProblem("lines[1].amount", "expected a number"));
    }

    @Test
    void brokenJsonNamesNoField() {
        assertThat(UnreadableBody.fieldOf(reading("{\"kind\": "))).isEmpty();
    }
}
