package org.onestop.portal.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.FormField;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

class FormBoundsTest {

    private static final List<FormField> FORM = List.of(
            new FormField("name", "名称", "string", true, 1, List.of()),
            new FormField("story", "说明", "text", false, 2, List.of()),
            new FormField("short", "简称", "text", false, 3, List.of(), 4),
            new FormField("scope", "经营项目", "multiple_choice", false, 4, List.of("a", "b")));

    private static List<FieldProblem> problems(Map<String, Object> formData) {
        return FormBounds.problems(FORM, formData, 5, 100, 1_000);
    }

    @Test
    void eachValueIsHeldToItsFieldsMaximumOrTheDefaultOfItsType() {
        assertThat(problems(Map.of("name", "名".repeat(500), "story", "文".repeat(5_000), "short", "四个字符",
                "unknown", "u".repeat(500)))).isEmpty();
        assertThat(problems(Map.of("name", "名".repeat(501), "story", "文".repeat(5_001), "short", "五个字符了",
                "unknown", "u".repeat(501)))).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "formData.name", "formData.story", "formData.short", "formData.unknown");
        assertThat(FormBounds.maxLengthOf(FORM.get(2))).isEqualTo(4);
        assertThat(FormBounds.maxLengthOf(null)).isEqualTo(FormBounds.VALUE_LENGTH);
    }

    @Test
    void listsHoldFewPlainValuesAndNoObjectsAreTaken() {
        assertThat(problems(Map.of("scope", List.of("a", "b", 3, true)))).isEmpty();
        assertThat(problems(Map.of("scope", java.util.Collections.nCopies(51, "a"))))
                .containsExactly(new FieldProblem("formData.scope", "may have at most 50 entries"));
        assertThat(problems(Map.of("scope", List.of(Map.of("a", 1))))).containsExactly(
                new FieldProblem("formData.scope", "a list may hold plain values only"));
        assertThat(problems(Map.of("name", Map.of("first", "张")))).containsExactly(
                new FieldProblem("formData.name", "must be a value or a list of values, not an object"));
    }

    @Test
    void tooManyFieldsOrTooManyBytesAreNamedOnTheFormDataAsAWhole() {
        assertThat(problems(Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5, "f", 6)))
                .containsExactly(new FieldProblem("formData", "may have at most 5 fields"));
        assertThat(FormBounds.problems(FORM, Map.of("name", "名"), 5, 1_001, 1_000))
                .containsExactly(new FieldProblem("formData", "may have at most 1000 bytes as JSON, has 1001"));
    }
}
