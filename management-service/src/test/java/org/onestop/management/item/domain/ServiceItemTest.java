package org.onestop.management.item.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.FormField;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.BadRequestException.FieldProblem;
import org.onestop.platform.problem.ConflictException;

class ServiceItemTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    private ServiceItem draft(String region, int legal, int promised, List<FormField> form) {
        return ServiceItem.draft("330100-SP-1", "食品经营许可证核发", ItemType.ADMINISTRATIVE_LICENSING, region, "D-1",
                "杭州市市场监督管理局", legal, promised, form, "editor", now);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var field = new FormField("name", "名称", "string", true, 1, List.of());
        var oddType = new FormField("size", "面积", "colour", false, 2, List.of());

        assertThatThrownBy(() -> draft("3301", 5, 10, List.of(field, field, oddType)))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).errors()).extracting(FieldProblem::field)
                        .containsExactly("regionCode", "promisedLimitDays", "formFields[1].code", "formFields[2].type"));
    }

    @Test
    void publishingADraftAnnouncesTheWholeVersion() {
        var published = draft("330100", 20, 10, List.of()).publish(now, "web");

        assertThat(published.item().status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.event().code()).isEqualTo("330100-SP-1");
        assertThat(published.event().promisedLimitDays()).isEqualTo(10);
        assertThat(published.event().publishedAt()).isEqualTo(now);
    }

    @Test
    void aPublishedVersionIsNotPublishedTwice() {
        var published = draft("330100", 20, 10, List.of()).publish(now, "web").item();

        assertThatThrownBy(() -> published.publish(now, "web")).isInstanceOf(ConflictException.class);
    }
}
