package org.onestop.portal.content;

import java.util.Set;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.stereotype.Service;

/** Reading public disclosure (政务公开): a column's published articles, newest first, and one article. */
@Service
class PublicContent {

    static final Set<String> COLUMNS = Set.of("NEWS", "NOTICES", "POLICIES", "INTERPRETATION");

    private final ArticleRepository articles;

    PublicContent(ArticleRepository articles) {
        this.articles = articles;
    }

    /** A column's articles, or every column's without one; an unknown column is a 400 naming the known ones. */
    PageResponse<ArticleSummary> column(String column, PageRequest page) {
        String checked = column == null || column.isBlank() ? null : column.strip();
        if (checked != null && !COLUMNS.contains(checked)) {
            throw new BadRequestException("column", "must be one of " + COLUMNS.stream().sorted().toList());
        }
        return PageResponse.of(articles.page(checked, page), page, articles.count(checked));
    }

    /** One published article; withdrawn or unknown → 404. */
    PublicArticle article(String id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("No published article " + id));
    }
}
