package org.onestop.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class CasePageTest {

    private static LinkedMultiValueMap<String, String> form(Map<String, String> fields) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return form;
    }

    @Test
    void aCorrectionRequestTakesOneMissingItemALineAndTheCasesVersionGoesAsIfMatch() {
        var form = form(Map.of("missingItems", " 营业执照 \r\n\n经营场所证明\n", "text", " 请补齐 ", "expectedVersion", "7"));

        assertThat(CasePage.bodyOf("request-correction", form)).containsOnlyKeys("missingItems", "opinion")
                .containsEntry("missingItems", List.of("营业执照", "经营场所证明")).containsEntry("opinion", "请补齐");
        assertThat(CasePage.preconditionOf(form)).containsExactly(Map.entry("If-Match", "\"7\""));
        assertThat(CasePage.preconditionOf(form(Map.of("expectedVersion", "x1")))).isEmpty();
    }

    @Test
    void eachActionGetsOnlyItsOwnFieldsAndUnknownChoicesAreLeftToTheServiceToRefuse() {
        assertThat(CasePage.bodyOf("not-accept", form(Map.of("text", "不属于本部门")))).containsOnlyKeys("reason");
        assertThat(CasePage.bodyOf("conclude", form(Map.of("outcome", "APPROVED", "text", "符合条件"))))
                .containsEntry("outcome", "APPROVED").containsEntry("reasons", "符合条件");
        assertThat(CasePage.bodyOf("conclude", form(Map.of("outcome", "MAYBE")))).containsEntry("outcome", null);
        assertThat(CasePage.bodyOf("deliver", form(Map.of("method", "POST")))).containsEntry("method", "POST");
        assertThat(CasePage.bodyOf("accept", form(Map.of("text", "受理", "expectedVersion", "x1"))))
                .containsOnlyKeys("opinion");
    }
}
