package org.onestop.portal.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.portal.application.domain.MaterialRules.CertificateFacts;
import org.onestop.portal.application.domain.MaterialRules.Supplied;

class MaterialRulesTest {

    static final ServiceGuide GUIDE = guideWith(List.of(
            new ServiceGuide.Material("营业执照", "ELECTRONIC", "REQUIRED", "GOVERNMENT", 1, null, null, "BUSINESS_LICENCE", null),
            new ServiceGuide.Material("身份证明", "COPY", "REQUIRED", "APPLICANT", 1, null, null, null, null),
            new ServiceGuide.Material("健康证明", "COPY", "OPTIONAL", "APPLICANT", 1, null, null, null, null)));

    @Test
    void everyRequiredMaterialMissingIsNamed() {
        assertThat(MaterialRules.missingRequired(GUIDE, List.of(), List.of("健康证明")))
                .containsExactly(new FieldProblem("materials.营业执照", "is required"),
                        new FieldProblem("materials.身份证明", "is required"));
        assertThat(MaterialRules.missingRequired(GUIDE, List.of(), List.of("营业执照", "身份证明"))).isEmpty();
    }

    @Test
    void namesTheGuideDoesNotListAreRefused() {
        assertThat(MaterialRules.unknownNames(GUIDE, List.of(), List.of("营业执照", "户口本")))
                .containsExactly(new FieldProblem("materials.户口本", "is not a material of this item"));
    }

    @Test
    void aFileFieldIsAMaterialNamedByItsLabelAndARequiredOneMissingIsNamedByItsField() {
        var form = List.of(new FormField("plan", "经营计划书", "file", true, 1, null),
                new FormField("photo", "门头照片", "file", false, 2, null),
                new FormField("shopName", "经营场所名称", "string", true, 3, null));
        assertThat(MaterialRules.unknownNames(GUIDE, form, List.of("经营计划书", "门头照片", "经营场所名称")))
                .containsExactly(new FieldProblem("materials.经营场所名称", "is not a material of this item"));
        assertThat(MaterialRules.missingRequired(GUIDE, form, List.of("营业执照", "身份证明", "门头照片")))
                .containsExactly(new FieldProblem("formData.plan", "经营计划书 is required (upload it)"));
        assertThat(MaterialRules.missingRequired(GUIDE, form, List.of("营业执照", "身份证明", "经营计划书"))).isEmpty();
    }

    @Test
    void aCertificateStandsInOnlyWhenItIsTheApplicantsValidAndOfTheWantedType() {
        assertThat(problemFor("营业执照", new CertificateFacts("me", "BUSINESS_LICENCE", "VALID"))).isNull();
        assertThat(problemFor("营业执照", null)).contains("not one of yours");
        assertThat(problemFor("营业执照", new CertificateFacts("someone-else", "BUSINESS_LICENCE", "VALID")))
                .contains("not one of yours");
        assertThat(problemFor("营业执照", new CertificateFacts("me", "BUSINESS_LICENCE", "REVOKED"))).contains("revoked");
        assertThat(problemFor("营业执照", new CertificateFacts("me", "BUSINESS_LICENCE", "EXPIRED"))).contains("expired");
        assertThat(problemFor("营业执照", new CertificateFacts("me", "FOOD_LICENCE", "VALID"))).contains("BUSINESS_LICENCE");
        assertThat(problemFor("身份证明", new CertificateFacts("me", "BUSINESS_LICENCE", "VALID")))
                .contains("cannot be supplied by an e-certificate");
    }

    private static String problemFor(String material, CertificateFacts facts) {
        List<FieldProblem> problems = MaterialRules.certificateProblems(GUIDE,
                List.of(new Supplied(material, "CERT-1", facts)), "me");
        assertThat(problems).allMatch(p -> p.field().equals("materials." + material));
        return problems.isEmpty() ? null : problems.get(0).message();
    }

    static ServiceGuide guideWith(List<ServiceGuide.Material> materials) {
        return new ServiceGuide(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, materials, null, null, null, null, false, false, false, false);
    }
}
