package org.onestop.management.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;

@ServiceIntegrationTest
class PublicDisclosureIT {

    private static final String ARTICLES = "/api/management/v1/articles";
    private static final String EDITOR = TestTokens.staff("news-editor", "EDITOR", TestTokens.DEPARTMENT);
    private static final String REVIEWER = TestTokens.staff("news-reviewer", "REVIEWER", TestTokens.DEPARTMENT);

    private final ApiClient api;

    PublicDisclosureIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
    }

    private String submitted(String column, String title) {
        var written = api.post(ARTICLES, EDITOR, Map.of("column", column, "title", title, "summary", "摘要", "body", "正文"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        String id = written.text("id");
        assertThat(api.post(ARTICLES + "/" + id + "/submit", EDITOR, Map.of()).text("status")).isEqualTo("IN_REVIEW");
        return id;
    }

    @Test
    void anArticleIsHeldToItsBoundsOneEntryPerFieldAndABodyOverTheLimitIsA413() {
        var longest = api.post(ARTICLES, EDITOR, Map.of("column", "POLICIES", "title", "全文", "body", "政".repeat(100_000)));
        assertThat(longest.status()).as(longest.body()).isEqualTo(201);

        var over = api.post(ARTICLES, EDITOR, Map.of("column", "NEWS", "title", "标".repeat(201), "summary",
                "摘".repeat(1001), "body", "正".repeat(100_001)));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.contentType()).startsWith("application/problem+json");
        assertThat(over.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "summary", "body");
        assertThat(over.body()).contains("must be at most 100000 characters long");

        var tooLarge = api.post(ARTICLES, EDITOR, Map.of("column", "NEWS", "title", "大", "body", "正".repeat(400_000)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.text("detail")).isEqualTo("The request body may have at most 1048576 bytes");

        String deep = "[".repeat(3000) + "]".repeat(3000);
        var nested = api.post(ARTICLES, EDITOR, "{\"column\":\"NEWS\",\"title\":\"深\",\"body\":\"正文\",\"extra\":" + deep + "}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.contentType()).startsWith("application/problem+json");
        assertThat(nested.body()).doesNotContain("jackson", "Jackson", "Constraints", "java.");
    }

    @Test
    void aNulByteOrADirectionOverrideIsA400NamingTheFieldAndBadQueryValuesNameNoJavaType() {
        var nul = api.post(ARTICLES, EDITOR, Map.of("column", "NEWS", "title", "标题\u0000", "body", "正文"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().path("errors").findValuesAsString("field")).containsExactly("title");
        var override = api.post(ARTICLES, EDITOR, Map.of("column", "NEWS", "title", "\u202Efdp.exe", "body", "正文"));
        assertThat(override.status()).isEqualTo(400);

        for (String query : new String[] {ARTICLES + "?status=NOPE", ARTICLES + "?page=first",
                "/api/management/v1/service-items?status=NOPE", "/api/management/v1/service-items?type=NOPE&level=1",
                ARTICLES + "?departmentCode=%00", ARTICLES + "?departmentCode=%E2%80%AE"}) {
            var refused = api.get(query, EDITOR);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).as(query).startsWith("application/problem+json");
            assertThat(refused.body()).as(query).doesNotContain("java.", "org.onestop", "Failed to convert");
        }
        assertThat(api.get("/api/management/v1/service-items?status=NOPE", EDITOR).body())
                .contains("status").contains("expected one of DRAFT");
    }

    @Test
    void theDemoArticlesArePublishedAtStartReviewedByAnotherAccount() {
        var published = api.get(ARTICLES + "?departmentCode=330100-TAX&status=PUBLISHED", TestTokens.admin()).json()
                .path("content");

        assertThat(published.size()).isEqualTo(1);
        assertThat(published.get(0).path("title").asString()).isEqualTo("新办纳税人套餐式服务上线");
        assertThat(published.get(0).path("reviewedBy").asString()).isEqualTo("content-seed-review");
        assertThat(api.get(ARTICLES + "?status=PUBLISHED&size=100", TestTokens.admin()).json().path("totalElements")
                .asLong()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void anApprovedArticleIsPublishedAndAnnouncedAndItsColumnIsFresh() {
        String id = submitted("NEWS", "杭州市市场监管局推进“一网通办”");
        try (EventProbe probe = EventProbe.on(Topics.CONTENT)) {
            var approved = api.post(ARTICLES + "/" + id + "/approve", REVIEWER, Map.of());

            assertThat(approved.text("status")).isEqualTo("PUBLISHED");
            assertThat(approved.text("reviewedBy")).isEqualTo("news-reviewer");
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)
                    && r.headers().get("ce_type").equals("management.content.article-published.v1")));
        }
        var columns = api.get("/api/management/v1/columns", EDITOR).json().path("content");
        for (var column : columns) {
            if (column.path("code").asText().equals("NEWS")) {
                assertThat(column.path("stale").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void anArticleApprovedForLaterIsPublishedOnTime() {
        String id = submitted("POLICIES", "关于优化营商环境的若干意见");

        var approved = api.post(ARTICLES + "/" + id + "/approve", REVIEWER,
                Map.of("publishAt", Instant.now().plusSeconds(2).toString()));

        assertThat(approved.text("status")).isEqualTo("SCHEDULED");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(ARTICLES + "/" + id, EDITOR).text("status").equals("PUBLISHED"));
    }

    @Test
    void theWriterCannotApproveAndAWithdrawalNeedsAReason() {
        String id = submitted("NOTICES", "关于春节期间办事大厅服务时间的通知");

        assertThat(api.post(ARTICLES + "/" + id + "/approve", TestTokens.staff("news-editor", "REVIEWER", TestTokens.DEPARTMENT),
                Map.of()).status()).isEqualTo(409);
        api.post(ARTICLES + "/" + id + "/approve", REVIEWER, Map.of());
        assertThat(api.post(ARTICLES + "/" + id + "/withdraw", REVIEWER, Map.of()).status()).isEqualTo(400);
        try (EventProbe probe = EventProbe.on(Topics.CONTENT)) {
            assertThat(api.post(ARTICLES + "/" + id + "/withdraw", REVIEWER, Map.of("reason", "通知已过期")).text("status"))
                    .isEqualTo("WITHDRAWN");
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)
                    && r.headers().get("ce_type").equals("management.content.article-withdrawn.v1")));
        }
    }

    @Test
    void staleEditsConflictAndOtherDepartmentsSeeNothing() {
        var written = api.post(ARTICLES, EDITOR, Map.of("column", "INTERPRETATION", "title", "政策解读", "body", "正文"));
        String id = written.text("id");
        var edit = Map.of("column", "INTERPRETATION", "title", "政策解读（修订）", "body", "正文", "expectedRevision", 0);

        assertThat(api.put(ARTICLES + "/" + id, EDITOR, edit).status()).isEqualTo(200);
        assertThat(api.put(ARTICLES + "/" + id, EDITOR, edit).status()).isEqualTo(409);
        String other = TestTokens.staff("hr-editor", "EDITOR", "330100-HRSS");
        assertThat(api.get(ARTICLES + "/" + id, other).status()).isEqualTo(404);
        assertThat(api.post(ARTICLES, other, Map.of("column", "NEWS", "title", "t", "body", "b", "departmentCode",
                TestTokens.DEPARTMENT)).status()).isEqualTo(403);
        assertThat(api.post(ARTICLES, EDITOR, Map.of("column", "GOSSIP", "title", "t", "body", "b")).status()).isEqualTo(400);
    }
}
