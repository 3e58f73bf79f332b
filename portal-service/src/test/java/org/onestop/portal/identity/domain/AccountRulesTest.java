package org.onestop.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onestop.platform.rules.RuleViolation;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletters-no-digits", "1234567890123", "wangwu-2026-pass"})
    void weakPasswordsAreRefused(String password) {
        assertThat(AccountRules.passwordProblem(password, "wangwu")).isPresent();
    }

    @Test
    void aLongPasswordWithLettersAndDigitsThatAvoidsTheUsernameIsAccepted() {
        assertThat(AccountRules.passwordProblem("Westlake-1990-spring", "wangwu")).isEmpty();
    }

    @Test
    void everyBadFieldOfARegistrationIsNamedAtOnce() {
        assertThatThrownBy(() -> AccountRules.check().username("Wang Wu").mobile("12345").identityNumber("110105194912310021")
                .creditCode("91350100M000100Y44").password("weak", "x").orRefuse())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldProblem::field)
                        .containsExactly("username", "mobile", "identityNumber", "creditCode", "password"));
    }

    @Test
    void staffGetOnlyTheFixedRolesInTheirRegionsDepartment() {
        assertThatThrownBy(() -> AccountRules.check().staffRoles(List.of("CLERK", "ADMIN")).orRefuse())
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("roles"));
        assertThatThrownBy(() -> AccountRules.check().staffPlace("330200-AMR", "330100").orRefuse())
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("departmentCode"));
        AccountRules.check().staffPlace("330100-AMR", "330100").staffRoles(List.of("CLERK", "REVIEWER")).orRefuse();
        assertThat(AccountRules.staffRolesOf(List.of("CLERK", "STAFF"))).containsExactly("STAFF", "CLERK");
    }

    @Test
    void machineClientsGetTheDepartmentSystemRoleOnly() {
        AccountRules.check().machineRoles(null).machineRoles(List.of()).machineRoles(List.of("DEPARTMENT_SYSTEM")).orRefuse();
        for (List<String> roles : List.of(List.of("ADMIN"), List.of("DEPARTMENT_SYSTEM", "STAFF"), List.of("CITIZEN"))) {
            assertThatThrownBy(() -> AccountRules.check().machineRoles(roles).orRefuse())
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("roles"));
        }
    }

    @Test
    void mobilesAreMaskedToTheFirstThreeAndTheLastFour() {
        assertThat(AccountRules.maskedMobile("13812345678")).isEqualTo("138****5678");
        assertThat(AccountRules.maskedMobile(null)).isNull();
    }

    @Test
    void aStaffAccountsDepartmentIsCheckedAgainstTheOneManagementPublished() {
        var amr = Optional.of(new AccountRules.KnownDepartment("330100", Set.of("CLERK", "REVIEWER")));

        AccountRules.check().staffPlace("330100-AMR", "330100")
                .knownDepartment("330100-AMR", "330100", List.of("CLERK", "APPROVER", "STAFF"), amr, true).orRefuse();
        assertThatThrownBy(() -> AccountRules.check()
                .knownDepartment("330100-AMR", "330102", List.of("EDITOR", "CLERK"), amr, true).orRefuse())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldProblem::field).containsExactly("regionCode", "roles"));
    }

    @Test
    void anUnknownDepartmentSaysWhetherManagementsDepartmentsHaveArrivedAtAll() {
        assertThatThrownBy(() -> AccountRules.check()
                .knownDepartment("330100-AMR", "330100", List.of("CLERK"), Optional.empty(), false).orRefuse())
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.errors()).extracting(RuleViolation.FieldProblem::field).containsExactly("departmentCode");
                    assertThat(e.errors().get(0).message()).contains("has not received management's departments");
                });
        assertThatThrownBy(() -> AccountRules.check()
                .knownDepartment("330100-AMR", "330100", List.of("CLERK"), Optional.empty(), true).orRefuse())
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.errors().get(0).message()).contains("is unknown to the portal"));
    }

    @Test
    void aMalformedDepartmentCodeIsNamedOnceNotAgainAsUnknown() {
        assertThatThrownBy(() -> AccountRules.check().staffPlace("amr", "330100")
                .knownDepartment("amr", "330100", List.of("CLERK"), Optional.empty(), true).orRefuse())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldProblem::field).containsExactly("departmentCode"));
    }
}
