package org.onestop.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the example printed in GB 32100-2015
            "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
            "914403001922038216", // 华为技术有限公司
            "91330100799655058B", // 阿里巴巴（中国）有限公司
            "91110000802100433B"  // 北京百度网讯科技有限公司
    })
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.problemWith(code)).isEmpty();
        assertThat(CreditCode.checkCharacterOf(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, check character",
            "9144030071526726XH, check character",
            "91350100M000100Y4, 18 characters",
            "91350100M000100I43, character 16",
            "9135010AM000100Y43, characters 3 to 8",
            "'', 18 characters"
    })
    void brokenCodesAreRefusedSayingWhy(String code, String reason) {
        assertThat(CreditCode.problemWith(code)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
    }

    @Test
    void anOrganisationCodeWithAWrongGb11714CheckIsRefusedEvenWhenTheGb32100CheckFits() {
        String first17 = "91350100M000100Y5"; // the standard's example with its organisation check 4 made 5
        String code = first17 + CreditCode.checkCharacterOf(first17);

        assertThat(CreditCode.problemWith(code)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("organisation code", "GB 11714"));
        assertThat(CreditCode.organisationCheckOf("M000100Y")).isEqualTo('4');
        assertThat(CreditCode.organisationCheckOf("12345678")).isEqualTo('8');
        assertThat(CreditCode.organisationCheckOf("71526726")).isEqualTo('X');
    }

    @Test
    void whatPeopleTypeIsTrimmedAndRaisedBeforeItIsChecked() {
        assertThat(CreditCode.normalized(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.problemWith(CreditCode.normalized("91350100m000100y43"))).isEmpty();
        assertThat(CreditCode.problemWith("91350100m000100y43")).as("unnormalized").isPresent();
        assertThat(IdentityNumber.normalized(" 11010519491231002x")).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y40", "91350100M000100Y4A", "91350100M000100Y4Y"})
    void everyWrongCheckCharacterIsCaught(String code) {
        assertThat(CreditCode.problemWith(code)).isPresent();
    }
}
