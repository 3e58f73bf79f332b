package org.onestop.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.RuleViolation;

class RegionScopeTest {

    @Test
    void aRegionCoversItsSubRegionsByTheSignificantPrefix() {
        assertThat(RegionScope.of("330000", null).prefix()).isEqualTo("33");
        assertThat(RegionScope.of("330100", null).prefix()).isEqualTo("3301");
        assertThat(RegionScope.of("330106", null).prefix()).isEqualTo("330106");
        assertThat(RegionScope.of("330106001000", null).prefix()).isEqualTo("330106001");
        assertThat(RegionScope.of("330106001001", null).prefix()).isEqualTo("330106001001");
        assertThat(RegionScope.of("330106000000", null).prefix()).isEqualTo("330106");
    }

    @Test
    void subRegionsAreIncludedUnlessTurnedOff() {
        assertThat(RegionScope.of("330100", null).includeSubRegions()).isTrue();
        assertThat(RegionScope.of("330100", false).includeSubRegions()).isFalse();
    }

    @Test
    void noRegionIsNoFilterAndMalformedCodesAreRefused() {
        assertThat(RegionScope.of(" ", null)).isNull();
        assertThatThrownBy(() -> RegionScope.of("3301", null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> RegionScope.of("33010x", null)).isInstanceOf(RuleViolation.class);
    }
}
