package org.onestop.portal.content;

import java.util.Set;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public disclosure (政务公开): the published articles of each column; no sign-in needed. */
@RestController
@RequestMapping("/api/portal/v1/content/articles")
class ContentController {

    static final Set<String> COLUMNS = Set.of("NEWS", "NOTICES", "POLICIES", "INTERPRETATION");

    private final ArticleRepository articles;

    ContentController(ArticleRepository articles) {
        this.articles = articles;
    }

    /** A column's articles (all columns without {@code column}), newest first. */
    @GetMapping
    PageResponse<ArticleSummary> list(@RequestParam(required = false) String column,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        String checked = column == null || column.isBlank() ? null : column.strip();
        if (checked != null && !COLUMNS.contains(checked)) {
            throw new BadRequestException("column", "must be one of " + COLUMNS.stream().sorted().toList());
        }
        PageRequest pageRequest = PageRequest.of(page, size);
        return PageResponse.of(articles.page(checked, pageRequest), pageRequest, articles.count(checked));
    }

    /** One published article; withdrawn or unknown → 404. */
    @GetMapping("/{id}")
    PublicArticle read(@PathVariable String id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("No published article " + id));
    }
}
