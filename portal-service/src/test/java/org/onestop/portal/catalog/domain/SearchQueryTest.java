package org.onestop.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.RuleViolation;

class SearchQueryTest {

    @Test
    void blankQueriesAreNoQuery() {
        assertThat(SearchQuery.of(null)).isNull();
        assertThat(SearchQuery.of("  \t")).isNull();
    }

    @Test
    void whitespaceIsTrimmedAndCollapsed() {
        assertThat(SearchQuery.of("  营业  执照 ").text()).isEqualTo("营业 执照");
    }

    @Test
    void threeCharactersOrMoreUseTrigramsTwoUseBigramsOneScans() {
        assertThat(SearchQuery.of("营业执照").match()).isEqualTo(SearchQuery.Match.TRIGRAM);
        assertThat(SearchQuery.of("社保").match()).isEqualTo(SearchQuery.Match.BIGRAM);
        assertThat(SearchQuery.of("证").match()).isEqualTo(SearchQuery.Match.SCAN);
    }

    @Test
    void likeWildcardsAreTakenLiterally() {
        assertThat(SearchQuery.of("50%_A\\b").containsPattern()).isEqualTo("%50\\%\\_a\\\\b%");
    }

    @Test
    void bigramsAreLowerCased() {
        assertThat(SearchQuery.of("IC").bigram()).isEqualTo("ic");
    }

    @Test
    void overlongQueriesAreRefused() {
        assertThatThrownBy(() -> SearchQuery.of("证".repeat(101)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors().get(0).field()).isEqualTo("q"));
    }

    @Test
    void identityAndMobileNumbersAreMaskedForTheIndicators() {
        assertThat(SearchQuery.of("社保 33010619900101123X 查询").masked()).isEqualTo("社保 330106********123X 查询");
        assertThat(SearchQuery.of("13812345678").masked()).isEqualTo("138****5678");
        assertThat(SearchQuery.of("330100-SP-0001").masked()).isEqualTo("330100-SP-0001");
    }
}
