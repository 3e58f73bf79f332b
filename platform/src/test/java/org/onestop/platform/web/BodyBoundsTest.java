package org.onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

class BodyBoundsTest {

    private final BodyBounds bounds = new BodyBounds(20, 3, 10, 4);

    record Step(String name, @Size(max = 5) String note) {
    }

    record Body(@Size(max = 2) String code, String text, List<Step> steps, List<@Size(max = 3) String> tags,
                @Size(max = 5) List<String> many, @Size(min = 1) List<String> atLeastOne, Map<String, Object> formData) {
    }

    @Test
    void aBodyWithinEveryBoundHasNoProblem() {
        var body = new Body("ab", "x".repeat(20), List.of(new Step("审查", "ok")), List.of("abc"), List.of("1", "2", "3", "4"),
                List.of("a", "b", "c"), Map.of("name", "张三", "tags", List.of("a", "b")));
        assertThat(bounds.problems(body)).isEmpty();
        assertThat(bounds.problems(null)).isEmpty();
        assertThat(bounds.problems("plain")).isEmpty();
    }

    @Test
    void everyValueOverItsBoundIsNamedOnce() {
        var body = new Body("abc", "x".repeat(21), List.of(new Step("y".repeat(21), "123456")), List.of("abcd"),
                List.of("1", "2", "3", "4", "5", "6"), List.of("a", "b", "c", "d"),
                Map.of("name", "z".repeat(21)));
        assertThat(bounds.problems(body)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "code", "text", "steps[0].name", "steps[0].note", "tags[0]", "many", "atLeastOne", "formData.name");
        assertThat(bounds.problems(body)).filteredOn(p -> p.field().equals("code"))
                .extracting(FieldProblem::message).containsExactly("must be at most 2 characters long");
        assertThat(bounds.problems(body)).filteredOn(p -> p.field().equals("many"))
                .extracting(FieldProblem::message).containsExactly("may have at most 5 entries");
    }

    @Test
    void formDataIsHeldToTheCountOfEntriesTheLengthOfNamesAndTheDepth() {
        Map<String, Object> many = new HashMap<>();
        IntStream.range(0, 4).forEach(i -> many.put("k" + i, "v"));
        assertThat(bounds.problems(new Body(null, null, null, null, null, null, many)))
                .containsExactly(new FieldProblem("formData", "may have at most 3 entries"));

        var longName = bounds.problems(new Body(null, null, null, null, null, null, Map.of("n".repeat(30), "v")));
        assertThat(longName).singleElement().satisfies(p -> {
            assertThat(p.field()).startsWith("formData.nnnn").hasSizeLessThan(40);
            assertThat(p.message()).isEqualTo("a name may be at most 10 characters long");
        });

        Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", "too deep"))));
        assertThat(bounds.problems(new Body(null, null, null, null, null, null, deep)))
                .containsExactly(new FieldProblem("formData.a.b.c.d", "nests deeper than 4 levels"));
    }

    @Test
    void noTextHoldsNulOtherControlCharactersOrDirectionOverrides() {
        var body = new Body(null, "a\u0000b", List.of(new Step("\u202Egpj.exe", "ok")), List.of("\u0007"), null, null,
                Map.of("name", "张三\u0085", "story", "第一行\n第二行\t缩进\r\n", "\u0000key", "v"));

        assertThat(bounds.problems(body)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "text", "steps[0].name", "tags[0]", "formData.name", "formData");
        assertThat(BodyBounds.hasUnsafeCharacter("名称\u2066")).isTrue();
        assertThat(BodyBounds.hasUnsafeCharacter("正常的名称 (Name) ½")).isFalse();
        assertThat(QueryGuardFilter.refusedParameter("q=%E9%A3%9F%E5%93%81&page=1")).isNull();
        assertThat(QueryGuardFilter.refusedParameter("page=1&q=a%00b")).isEqualTo("q");
        assertThat(QueryGuardFilter.refusedParameter("q=%E2%80%AE")).isEqualTo("q");
        assertThat(QueryGuardFilter.refusedParameter("q=%zz")).isEqualTo("q");
    }

    @Test
    void aTextOfZeroWidthCharactersAloneLooksEmptyAndIsRefused() {
        var body = new Body(null, "\u200B\u200B", List.of(new Step("\uFEFF \u2060", "ok")), null, null, null,
                Map.of("name", "\u200D", "joined", "👨\u200D👩", "persian", "می\u200Cخواهم"));

        assertThat(bounds.problems(body)).containsExactlyInAnyOrder(
                new FieldProblem("text", BodyBounds.INVISIBLE),
                new FieldProblem("steps[0].name", BodyBounds.INVISIBLE),
                new FieldProblem("formData.name", BodyBounds.INVISIBLE));
        assertThat(BodyBounds.onlyInvisible("   ")).as("blank is @NotBlank's to judge").isFalse();
        assertThat(BodyBounds.onlyInvisible("")).isFalse();
    }

    @Test
    void aJsonTreeIsWalkedLikeTheObjectsItStandsFor() {
        var tree = JsonMapper.builder().build().readTree("{\"list\":[1,2,3,4],\"text\":\"" + "t".repeat(21) + "\",\"ok\":\"fine\"}");
        assertThat(bounds.problems(tree)).containsExactlyInAnyOrder(
                new FieldProblem("list", "may have at most 3 entries"),
                new FieldProblem("text", "must be at most 20 characters long"));
        assertThat(bounds.problems(List.of(1, 2, 3, 4))).containsExactly(new FieldProblem("body", "may have at most 3 entries"));
    }
}
