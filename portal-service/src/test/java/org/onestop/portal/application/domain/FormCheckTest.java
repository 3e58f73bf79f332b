package org.onestop.portal.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.FormField;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

class FormCheckTest {

    private final List<FormField> form = List.of(
            new FormField("name", "名称", "string", true, 1, List.of()),
            new FormField("area", "面积", "number", false, 2, List.of()),
            new FormField("kind", "类别", "single_choice", false, 3, List.of("餐饮", "零售")));

    @Test
    void validDataPasses() {
        assertThatCode(() -> FormCheck.check(form, Map.of("name", "店", "area", 12.5, "kind", "餐饮")))
                .doesNotThrowAnyException();
    }

    @Test
    void eachProblemIsNamedByItsField() {
        assertThatThrownBy(() -> FormCheck.check(form, Map.of("name", " ", "area", "big", "kind", "批发", "extra", 1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).errors().stream().map(FieldProblem::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("formData.name", "formData.area", "formData.kind", "formData.extra");
    }

    @Test
    void aFileFieldIsNotFormDataItsFileIsUploaded() {
        var withFile = List.of(new FormField("plan", "经营计划书", "file", true, 1, null));
        assertThatCode(() -> FormCheck.check(withFile, Map.of())).as("checked with the materials, not here")
                .doesNotThrowAnyException();
        assertThat(refusal(withFile, Map.of("plan", "plan.pdf")))
                    .containsExactly(new FieldProblem("formData.plan", "经营计划书 is a file: upload it as a material named 经营计划书"));
    }

    @Test
    void aMultipleChoiceIsAListOfDistinctOptionsAndARequiredOneNeedsOne() {
        var form = List.of(new FormField("category", "经营项目", "multiple_choice", true, 1, List.of("预包装食品销售", "散装食品销售")));
        assertThatCode(() -> FormCheck.check(form, Map.of("category", List.of("散装食品销售", "预包装食品销售"))))
                .doesNotThrowAnyException();
        for (Object wrong : List.of(List.of("批发"), "预包装食品销售", List.of("散装食品销售", "散装食品销售"), List.of(1))) {
            assertThat(refusal(form, Map.of("category", wrong))).as(String.valueOf(wrong))
                    .containsExactly(new FieldProblem("formData.category", "经营项目 must be a list of some of [预包装食品销售, 散装食品销售]"));
        }
        assertThat(refusal(form, Map.of("category", List.of()))).as("an empty list")
                    .containsExactly(new FieldProblem("formData.category", "经营项目 is required"));
    }

    @Test
    void aDateIsADayOfTheCalendarWrittenAsIso() {
        var form = List.of(new FormField("openedOn", "开业日期", "date", false, 1, null));
        assertThatCode(() -> FormCheck.check(form, Map.of("openedOn", "2026-12-08"))).doesNotThrowAnyException();
        for (Object wrong : List.of("2026-02-30", "2026/12/08", "明天", 20261208)) {
            assertThat(refusal(form, Map.of("openedOn", wrong))).as(String.valueOf(wrong))
                    .containsExactly(new FieldProblem("formData.openedOn", "开业日期 must be a date (yyyy-MM-dd)"));
        }
    }

    /** The field problems a check of the data reports (none when it passes). */
    private static List<FieldProblem> refusal(List<FormField> form, Map<String, ?> data) {
        try {
            FormCheck.check(form, Map.<String, Object>copyOf(data));
            return List.of();
        } catch (RuleViolation refused) {
            return refused.errors();
        }
    }
}
