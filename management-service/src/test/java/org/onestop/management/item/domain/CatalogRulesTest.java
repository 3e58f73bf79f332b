package org.onestop.management.item.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.management.item.Guides;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/** One test per rule of docs/design.md §3.1 and of the form definition. */
class CatalogRulesTest {

    private static ItemContent licensing(ServiceGuide guide, int legal, int promised) {
        return new ItemContent("食品经营许可证核发", ItemType.ADMINISTRATIVE_LICENSING, "330100", "330100-AMR", "d", legal,
                promised, Guides.FORM, guide);
    }

    private static List<FieldProblem> problems(ServiceGuide guide) {
        return CatalogRules.problemsOf("330100-SP-1", licensing(guide, 20, 10));
    }

    private static ServiceGuide complete(Object... changes) {
        return Guides.changed(Guides.complete("BASE-1"), changes);
    }

    @Test
    void aCompleteGuideKeepsEveryRule() {
        assertThat(problems(complete())).isEmpty();
    }

    @Test
    void fullyOnlineMeansNoVisits() {
        assertThat(problems(complete("visits", 1, "visitsReason", "核验原件")))
                .extracting(FieldProblem::field).containsExactly("guide.visits");
    }

    @Test
    void visitsNeedAReason() {
        assertThat(problems(complete("onlineDepth", "III", "visits", 1)))
                .extracting(FieldProblem::field).containsExactly("guide.visitsReason");
    }

    @Test
    void noVisitsWithoutFullyOnlineHandlingMeansPostalDelivery() {
        assertThat(problems(complete("onlineDepth", "III", "visits", 0, "postalDeliverySupported", false)))
                .extracting(FieldProblem::field).containsExactly("guide.postalDeliverySupported");
        assertThat(problems(complete("onlineDepth", "III", "visits", 0))).isEmpty();
    }

    @Test
    void thePromisedLimitStaysWithinTheLegalLimit() {
        assertThat(CatalogRules.problemsOf("330100-SP-1", licensing(complete(), 5, 10)))
                .extracting(FieldProblem::field).containsExactly("promisedLimitDays");
    }

    @Test
    void anImmediateCaseIsPromisedInNoDays() {
        assertThat(problems(complete("caseKind", "IMMEDIATE")))
                .extracting(FieldProblem::field).containsExactly("promisedLimitDays");
        assertThat(CatalogRules.problemsOf("330100-SP-1", licensing(complete("caseKind", "IMMEDIATE"), 0, 0))).isEmpty();
    }

    @Test
    void twoBrokenRulesOfOneFieldShareOneEntry() {
        var both = CatalogRules.problemsOf("330100-SP-1", licensing(complete("caseKind", "IMMEDIATE"), 5, 10));

        assertThat(both).extracting(FieldProblem::field).containsExactly("promisedLimitDays");
        assertThat(both.get(0).message()).contains("legal limit").contains("immediate");
    }

    @Test
    void aFeeNeedsItsStandardAndBasis() {
        var fee = Map.of("name", "工本费");

        assertThat(problems(complete("fees", List.of(fee))))
                .extracting(FieldProblem::field).containsExactly("guide.fees[0].standard", "guide.fees[0].basis");
    }

    @Test
    void aLicensingProcessHasAllFiveSteps() {
        var twoSteps = List.of(Map.of("order", 1, "name", "受理", "kind", "ACCEPTANCE"),
                Map.of("order", 2, "name", "决定", "kind", "DECISION"));

        var problems = problems(complete("process", twoSteps));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("guide.process");
        assertThat(problems.get(0).message()).contains("REVIEW", "CONCLUSION", "DELIVERY");
    }

    @Test
    void aResultTypeNeedsASample() {
        assertThat(problems(complete("resultSample", null)))
                .extracting(FieldProblem::field).containsExactly("guide.resultSample");
    }

    @Test
    void everyMaterialHasASource() {
        var material = Map.of("name", "身份证", "form", "ORIGINAL", "necessity", "REQUIRED", "copies", 1);

        assertThat(problems(complete("materials", List.of(material))))
                .extracting(FieldProblem::field).containsExactly("guide.materials[0].source");
    }

    @Test
    void codesOutsideTheVocabularyAreNamed() {
        assertThat(problems(complete("level", "GALACTIC", "topics", List.of("ASTROLOGY"), "handlingForm", "FAX",
                "onlineDepth", "V", "serviceObjects", List.of("ROBOT"))))
                .extracting(FieldProblem::field)
                .containsExactly("guide.level", "guide.serviceObjects", "guide.topics", "guide.handlingForm",
                        "guide.onlineDepth");
    }

    @Test
    void aBookableWindowNeedsCapacityAndAProperTime() {
        var window = Map.of("day", "MONDAY", "start", "12:00", "end", "09:00", "slotMinutes", 30, "capacityPerSlot", 0);
        var hall = Map.of("name", "大厅", "bookableWindows", List.of(window));

        assertThat(problems(complete("halls", List.of(hall))))
                .extracting(FieldProblem::field).containsExactly("guide.halls[0].bookableWindows[0]");
    }

    @Test
    void choiceFieldsNeedTheirChoicesAndCodesAreUnique() {
        var form = List.of(new FormField("kind", "类别", "single_choice", true, 1, List.of()),
                new FormField("kind", "类别", "string", true, 2, List.of()));
        var content = new ItemContent("n", ItemType.PUBLIC_SERVICE, "330100", "d", "d", 1, 1, form, null);

        assertThat(CatalogRules.problemsOf("330100-SP-1", content)).extracting(FieldProblem::field)
                .containsExactly("formFields[0].choices", "formFields[1].code");
    }

    @Test
    void aFieldsMaximumLengthIsBetweenOneAndTheLongestTextThePlatformTakes() {
        var form = List.of(new FormField("a", "甲", "text", true, 1, List.of(), 10_000),
                new FormField("b", "乙", "string", true, 2, List.of(), 0),
                new FormField("c", "丙", "text", true, 3, List.of(), 10_001),
                new FormField("d", "丁", "string", true, 4, List.of(), null));
        var content = new ItemContent("n", ItemType.PUBLIC_SERVICE, "330100", "d", "d", 1, 1, form, null);

        assertThat(CatalogRules.problemsOf("330100-SP-1", content)).extracting(FieldProblem::field)
                .containsExactly("formFields[1].maxLength", "formFields[2].maxLength");
    }

    @Test
    void aMaterialsLinksAreHttpOrHttpsAddressesOnly() {
        var links = List.of("https://zwfw.example.gov.cn/forms/a.pdf", "HTTP://example.org/b", "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "//example.org/c", "https://user:pw@example.org/",
                "not a url", "ftp://example.org/f");
        var materials = links.stream().map(link -> new ServiceGuide.Material("材料", "COPY", "REQUIRED", "APPLICANT", 1,
                link, null, null, null)).toList();

        assertThat(problems(complete("materials", materials))).extracting(FieldProblem::field).containsExactly(
                "guide.materials[2].blankFormUrl", "guide.materials[3].blankFormUrl", "guide.materials[4].blankFormUrl",
                "guide.materials[5].blankFormUrl", "guide.materials[6].blankFormUrl", "guide.materials[7].blankFormUrl",
                "guide.materials[8].blankFormUrl");
    }

    @Test
    void malformedCodesAreNamed() {
        var content = new ItemContent("n", ItemType.PUBLIC_SERVICE, "33010X", "d", "d", 1, 1, List.of(), null);

        assertThat(CatalogRules.problemsOf("x y", content)).extracting(FieldProblem::field)
                .containsExactly("code", "regionCode");
    }
}
