package org.onestop.management.item.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.management.region.domain.RegionLevel;
import org.onestop.platform.rules.RuleViolation;

class BaseItemTest {

    private final BaseItem base = BaseItem.define("330217009000", "食品经营许可证核发", ItemType.ADMINISTRATIVE_LICENSING,
            Level.PROVINCIAL, "《中华人民共和国食品安全法》");
    private final ItemContent claimed = new ItemContent(null, null, "330106", "330106-AMR", null, 20, 10, List.of(),
            ServiceGuide.empty());

    @Test
    void aCountyClaimTakesNameTypeCodeAndLegalBasisFromTheBaseItem() {
        ItemContent content = base.claim(RegionLevel.COUNTY, claimed);

        assertThat(content.name()).isEqualTo("食品经营许可证核发");
        assertThat(content.itemType()).isEqualTo(ItemType.ADMINISTRATIVE_LICENSING);
        assertThat(content.guide().baseCode()).isEqualTo("330217009000");
        assertThat(content.guide().legalBasis()).isEqualTo("《中华人民共和国食品安全法》");
        assertThat(base.claim(RegionLevel.TOWNSHIP, claimed).regionCode()).isEqualTo("330106");
    }

    @Test
    void onlyCountiesAndTownshipsClaim() {
        assertThatThrownBy(() -> base.claim(RegionLevel.CITY, claimed))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors().get(0).field()).isEqualTo("regionCode"));
    }

    @Test
    void aBaseItemNeedsAWellFormedCodeAndAName() {
        assertThatThrownBy(() -> BaseItem.define("x", " ", ItemType.PUBLIC_SERVICE, Level.COUNTY, null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).hasSize(2));
    }
}
