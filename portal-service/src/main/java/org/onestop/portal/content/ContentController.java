package org.onestop.portal.content;

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

    private final PublicContent content;

    ContentController(PublicContent content) {
        this.content = content;
    }

    /** A column's articles (all columns without {@code column}), newest first. */
    @GetMapping
    PageResponse<ArticleSummary> list(@RequestParam(required = false) String column,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return content.column(column, PageRequest.of(page, size));
    }

    /** One published article; withdrawn or unknown → 404. */
    @GetMapping("/{id}")
    PublicArticle read(@PathVariable String id) {
        return content.article(id);
    }
}
