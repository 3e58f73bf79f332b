package org.onestop.management.content;

import java.util.List;
import org.onestop.management.content.domain.Column;
import org.onestop.management.seed.DemoData;
import org.onestop.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes the demo articles of {@code seed/content.json} when there are no articles yet, the
 * ordinary way (written and submitted by one system account, approved by another), so that the
 * portal shows public content and the freshness indicators have something to measure.
 */
@Component
@Order(3)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final CurrentUser EDITOR = new CurrentUser("content-seed", "content-seed", "政务公开初始化",
            List.of("ADMIN"), null, null);
    private static final CurrentUser REVIEWER = new CurrentUser("content-seed-review", "content-seed-review",
            "政务公开初始化审核", List.of("ADMIN"), null, null);

    private final PublicDisclosure disclosure;
    private final ArticleRepository articles;
    private final DemoData demoData;

    DemoContent(PublicDisclosure disclosure, ArticleRepository articles, DemoData demoData) {
        this.disclosure = disclosure;
        this.articles = articles;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.enabled()) {
            return;
        }
        SeedFile seed = demoData.read("content.json", SeedFile.class);
        int published = demoData.underLock(() -> {
            if (articles.count(null, null, null) > 0) {
                return 0;
            }
            for (SeedArticle article : seed.articles()) {
                var written = disclosure.write(new ArticleRequest(article.column(), article.title(), article.summary(),
                        article.body(), article.departmentCode(), null), EDITOR);
                disclosure.submit(written.id(), ArticleStep.NONE, EDITOR);
                disclosure.approve(written.id(), ArticleStep.NONE, REVIEWER);
            }
            return seed.articles().size();
        });
        if (published > 0) {
            log.info("Published the demo articles: {}", published);
        }
    }

    record SeedFile(String note, List<SeedArticle> articles) {
    }

    record SeedArticle(String departmentCode, Column column, String title, String summary, String body) {
    }
}
