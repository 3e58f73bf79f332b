package org.onestop.management.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "330000, PROVINCE, ''",
            "330100, CITY, 330000",
            "330106, COUNTY, 330100",
            "330106013000, TOWNSHIP, 330106",
            "330106013001, VILLAGE, 330106013000"
    })
    void theShapeOfACodeGivesItsLevelAndParent(String code, RegionLevel level, String parent) {
        assertThat(RegionCode.levelOf(code)).contains(level);
        assertThat(RegionCode.parentOf(code).orElse("")).isEqualTo(parent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3301", "33010", "3301000", "033010", "33010601300", "33O100", ""})
    void malformedCodesHaveNoLevel(String code) {
        assertThat(RegionCode.isWellFormed(code)).isFalse();
        assertThat(RegionCode.levelOf(code)).isEmpty();
    }
}
