package org.onestop.management.item.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.management.item.Guides;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.platform.rules.StateConflict;

class ServiceItemTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    static ItemContent content(int legal, int promised, List<FormField> form) {
        return new ItemContent("食品经营许可证核发", ItemType.ADMINISTRATIVE_LICENSING, "330100", "330100-AMR",
                "杭州市市场监督管理局", legal, promised, form, Guides.complete("BASE-1"));
    }

    private ServiceItem draft() {
        return ServiceItem.draft("330100-SP-1", content(20, 10, Guides.FORM), "editor", now);
    }

    private ServiceItem inReview() {
        return draft().submit("editor", now);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var field = new FormField("name", "名称", "string", true, 1, List.of());
        var oddType = new FormField("size", "面积", "colour", false, 2, List.of());
        var broken = new ItemContent("x", ItemType.PUBLIC_SERVICE, "3301", "D-1", "d", 5, 10, List.of(field, field, oddType),
                null);

        assertThatThrownBy(() -> ServiceItem.draft("330100-SP-1", broken, "editor", now))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).extracting(FieldProblem::field)
                        .containsExactly("regionCode", "promisedLimitDays", "formFields[1].code", "formFields[2].type"));
    }

    @Test
    void aDraftIsPublishedOnlyAfterReviewByAnotherPerson() {
        assertThatThrownBy(() -> draft().approve("reviewer", null, null, now))
                .isInstanceOf(StateConflict.class).hasMessageContaining("without review");
        assertThatThrownBy(() -> inReview().approve("editor", null, null, now))
                .isInstanceOf(StateConflict.class).hasMessageContaining("Four-eyes");

        var approved = inReview().approve("reviewer", null, "ok", now);

        assertThat(approved.status()).isEqualTo(ItemStatus.SCHEDULED);
        assertThat(approved.isDue(now)).isTrue();
    }

    @Test
    void publishingAnnouncesTheWholeVersionWithItsGuide() {
        var transition = inReview().approve("reviewer", null, null, now).activate(now, "web");

        assertThat(transition.item().status()).isEqualTo(ItemStatus.PUBLISHED);
        var event = (ServiceItemPublished) transition.events().get(0);
        assertThat(event.code()).isEqualTo("330100-SP-1");
        assertThat(event.promisedLimitDays()).isEqualTo(10);
        assertThat(event.publishedAt()).isEqualTo(now);
        assertThat(event.formFields()).hasSize(2);
        assertThat(event.guide().halls().get(0).bookableWindows().get(0).capacityPerSlot()).isEqualTo(4);
        assertThat(event.guide().materials()).extracting(m -> m.certificateType()).contains("BUSINESS_LICENSE");
    }

    @Test
    void anApprovalForALaterDateWaitsUntilThen() {
        var approved = inReview().approve("reviewer", now.plus(Duration.ofDays(3)), null, now);

        assertThat(approved.isDue(now)).isFalse();
        assertThat(approved.isDue(now.plus(Duration.ofDays(3)))).isTrue();
        assertThat(inReview().approve("reviewer", now.minusSeconds(60), null, now).effectiveFrom()).isEqualTo(now);
    }

    @Test
    void aPublishedVersionIsImmutableAndNotPublishedTwice() {
        var published = inReview().approve("reviewer", null, null, now).activate(now, "web").item();

        assertThatThrownBy(() -> published.activate(now, "web")).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> published.edit(content(20, 5, Guides.FORM), now))
                .isInstanceOf(StateConflict.class).hasMessageContaining("immutable");
    }

    @Test
    void aNewVersionSupersedesThePublishedOne() {
        var published = inReview().approve("reviewer", null, null, now).activate(now, "web").item();

        var next = published.nextVersion(content(20, 5, Guides.FORM), "editor", now);
        var superseded = published.supersede(next, now, "system");

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(superseded.item().status()).isEqualTo(ItemStatus.SUPERSEDED);
        assertThat(((ServiceItemSuperseded) superseded.events().get(0)).supersededByVersion()).isEqualTo(2);
    }

    @Test
    void withdrawingAPublishedVersionIsAnnouncedButCallingOffAScheduledOneIsNot() {
        var published = inReview().approve("reviewer", null, null, now).activate(now, "web").item();
        var scheduled = inReview().approve("reviewer", now.plusSeconds(3600), null, now);

        var withdrawn = published.withdraw("法律依据废止", now, "web");

        assertThat(withdrawn.item().status()).isEqualTo(ItemStatus.WITHDRAWN);
        assertThat(((ServiceItemWithdrawn) withdrawn.events().get(0)).reason()).isEqualTo("法律依据废止");
        assertThat(scheduled.withdraw("改期", now, "web").events()).isEmpty();
        assertThatThrownBy(() -> draft().withdraw("x", now, "web")).isInstanceOf(StateConflict.class);
    }

    @Test
    void aRejectedVersionGoesBackToItsEditor() {
        var rejected = inReview().reject("reviewer", "材料清单不全", now);

        assertThat(rejected.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(rejected.reviewComment()).isEqualTo("材料清单不全");
        assertThat(rejected.submit("editor", now).status()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void aStaleRevisionIsAConflict() {
        assertThatThrownBy(() -> draft().expectRevision(3L)).isInstanceOf(StateConflict.class);
        draft().expectRevision(0L);
        draft().expectRevision(null);
    }
}
