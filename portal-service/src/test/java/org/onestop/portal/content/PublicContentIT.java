package org.onestop.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.contracts.management.ArticleWithdrawn;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceIntegrationTest
class PublicContentIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final String ARTICLES = "/api/portal/v1/content/articles";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    PublicContentIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
    }

    @Test
    void publishedArticlesAreListedByColumnNewestFirstAndReadable() {
        var older = article("POLICIES", "关于优化营商环境的若干意见", 1, Instant.parse("2026-10-01T02:00:00Z"));
        var newer = article("POLICIES", "关于推进一网通办的实施意见", 1, Instant.parse("2026-11-01T02:00:00Z"));
        var news = article("NEWS", "市民中心新增夜间窗口", 1, Instant.parse("2026-11-20T02:00:00Z"));
        TestEvents.publish(Topics.CONTENT, older);
        TestEvents.publish(Topics.CONTENT, newer);
        TestEvents.publish(Topics.CONTENT, news);
        await().atMost(EVENTUALLY).until(() -> api.get(ARTICLES + "/" + older.articleId(), null).status() == 200
                && api.get(ARTICLES + "/" + newer.articleId(), null).status() == 200
                && api.get(ARTICLES + "/" + news.articleId(), null).status() == 200);

        JsonNode policies = api.get(ARTICLES + "?column=POLICIES&size=100", null).json();
        assertThat(policies.path("content").findValuesAsString("id"))
                .containsSubsequence(newer.articleId(), older.articleId())
                .doesNotContain(news.articleId());
        assertThat(policies.path("content").get(0).has("body")).isFalse();
        assertThat(api.get(ARTICLES + "?column=POLICIES&size=1", null).json().path("content").size()).isEqualTo(1);

        JsonNode read = api.get(ARTICLES + "/" + newer.articleId(), null).json();
        assertThat(read.path("title").asString()).isEqualTo("关于推进一网通办的实施意见");
        assertThat(read.path("body").asString()).isEqualTo("正文：关于推进一网通办的实施意见");
        assertThat(read.path("column").asString()).isEqualTo("POLICIES");
    }

    @Test
    void aWithdrawnArticleDisappearsAndALateCopyDoesNotBringItBack() {
        var published = article("NOTICES", "关于春节期间办事大厅开放时间的通知", 2, Instant.now());
        TestEvents.publish(Topics.CONTENT, published);
        await().atMost(EVENTUALLY).until(() -> api.get(ARTICLES + "/" + published.articleId(), null).status() == 200);

        TestEvents.publish(Topics.CONTENT, new ArticleWithdrawn(published.articleId(), "NOTICES", "已过期", "330100",
                "330100-AMR", "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> api.get(ARTICLES + "/" + published.articleId(), null).status() == 404);
        assertThat(api.get(ARTICLES + "/" + published.articleId(), null).contentType()).startsWith("application/problem+json");
        assertThat(api.get(ARTICLES + "?column=NOTICES&size=100", null).json().path("content").findValuesAsString("id"))
                .doesNotContain(published.articleId());

        // the same revision again (a replay) stays withdrawn; another article sent behind it with the same key
        // (so to the same partition) shows it was handled
        TestEvents.publish(Topics.CONTENT, published);
        var marker = article("NOTICES", "标记", 1, Instant.now());
        TestEvents.publishRaw(Topics.CONTENT, published.articleId(), JSON.writeValueAsString(marker),
                new TestEvents.ProducerRecordHeaders(marker, UUID.randomUUID().toString()));
        await().atMost(EVENTUALLY).until(() -> api.get(ARTICLES + "/" + marker.articleId(), null).status() == 200);
        assertThat(api.get(ARTICLES + "/" + published.articleId(), null).status()).isEqualTo(404);

        // a newer revision republishes it
        TestEvents.publish(Topics.CONTENT, new ArticlePublished(published.articleId(), "NOTICES", "更正后的通知", null,
                "正文", 3, "330100", "330100-AMR", "web", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> api.get(ARTICLES + "/" + published.articleId(), null).status() == 200);
        assertThat(api.get(ARTICLES + "/" + published.articleId(), null).text("title")).isEqualTo("更正后的通知");
    }

    @Test
    void anUnknownColumnIsABadRequestAndAnUnknownArticleNotFound() {
        var refused = api.get(ARTICLES + "?column=GOSSIP", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("column");
        assertThat(api.get(ARTICLES + "/no-such-article", null).status()).isEqualTo(404);
    }

    private static ArticlePublished article(String column, String title, int revision, Instant at) {
        return new ArticlePublished(UUID.randomUUID().toString(), column, title, "摘要：" + title, "正文：" + title, revision,
                "330100", "330100-AMR", "web", at);
    }
}
