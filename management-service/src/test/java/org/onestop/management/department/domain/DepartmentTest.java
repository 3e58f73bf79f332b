package org.onestop.management.department.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

class DepartmentTest {

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> Department.register("amr", "91350100M000100Y44", " ", "330100", Set.of()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).extracting(FieldProblem::field)
                        .containsExactly("code", "creditCode", "name"));
    }

    @Test
    void anEventCarriesTheRolesInAStableOrder() {
        var department = Department.register("330100-AMR", "91350100M000100Y43", "杭州市市场监督管理局", "330100",
                Set.of(StaffRole.SUPERVISOR, StaffRole.CLERK, StaffRole.EDITOR));

        var event = department.registered("杭州市", "web", Instant.parse("2026-11-26T08:00:00Z"));

        assertThat(event.staffRoles()).containsExactly("CLERK", "EDITOR", "SUPERVISOR");
        assertThat(event.aggregateId()).isEqualTo("330100-AMR");
        assertThat(event.regionName()).isEqualTo("杭州市");
    }

    @Test
    void townshipDepartmentsHaveTwelveDigitRegionCodes() {
        assertThat(Department.register("330106013000-OFF", "91350100M000100Y43", "文新街道办事处", "330106013000", Set.of())
                .code()).isEqualTo("330106013000-OFF");
    }

    @Test
    void aCreditCodeIsKeptInCapitalsAndItsOrganisationCodeChecked() {
        assertThat(Department.register("330100-AMR", " 91350100m000100y43 ", "杭州市市场监督管理局", "330100", Set.of())
                .creditCode()).isEqualTo("91350100M000100Y43");
        String wrongOrganisationCheck = "91350100M000100Y5" + org.onestop.platform.identifiers.CreditCode
                .checkCharacterOf("91350100M000100Y5");
        assertThatThrownBy(() -> Department.register("330100-AMR", wrongOrganisationCheck, "杭州市市场监督管理局", "330100",
                Set.of())).isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e)
                        .errors()).extracting(FieldProblem::message).singleElement().asString().contains("GB 11714"));
    }
}
