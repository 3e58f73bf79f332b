package org.onestop.management.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.contracts.management.ArticleWithdrawn;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.StateConflict;

class ArticleTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    private Article submitted() {
        return Article.write(Column.NOTICES, "关于调整办事大厅服务时间的通知", "春节期间服务时间调整", "正文", "330100", "330100-AMR",
                "editor").submit("editor");
    }

    @Test
    void anArticleNeedsAColumnATitleAndABody() {
        assertThatThrownBy(() -> Article.write(null, " ", "", " ", "330100", "330100-AMR", "editor"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).hasSize(3));
    }

    @Test
    void anotherPersonApprovesAndItIsPublishedOnItsDate() {
        assertThatThrownBy(() -> submitted().approve("editor", null, now)).isInstanceOf(StateConflict.class);

        var approved = submitted().approve("reviewer", now.plusSeconds(3600), now);
        assertThat(approved.isDue(now)).isFalse();
        var published = approved.publish(now.plusSeconds(3600), "system");

        assertThat(published.article().status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(((ArticlePublished) published.event()).columnCode()).isEqualTo("NOTICES");
    }

    @Test
    void onlyAPublishedArticleIsWithdrawnAndOnlyADraftIsEdited() {
        var published = submitted().approve("reviewer", null, now).publish(now, "web").article();

        assertThatThrownBy(() -> published.edit(Column.NEWS, "t", null, "b")).isInstanceOf(StateConflict.class);
        var withdrawn = published.withdraw("通知已过期", now, "web");
        assertThat(((ArticleWithdrawn) withdrawn.event()).reason()).isEqualTo("通知已过期");
        assertThatThrownBy(() -> submitted().withdraw("x", now, "web")).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> Article.write(Column.NEWS, "t", null, "b", "330100", "d", "e").approve("r", null, now))
                .isInstanceOf(StateConflict.class).hasMessageContaining("not been submitted");
    }
}
