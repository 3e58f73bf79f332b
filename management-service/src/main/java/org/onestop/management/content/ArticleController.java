package org.onestop.management.content;

import static org.springframework.http.HttpHeaders.IF_MATCH;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.management.content.PublicDisclosure.ColumnView;
import org.onestop.management.content.domain.Article;
import org.onestop.management.content.domain.ArticleStatus;
import org.onestop.management.content.domain.Column;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.Versioned;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public-disclosure articles: editors write and submit, reviewers (other people) approve for a date or withdraw. */
@RestController
@RequestMapping("/api/management/v1")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'REVIEWER')")
class ArticleController {

    private final PublicDisclosure disclosure;

    ArticleController(PublicDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @PostMapping("/articles")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<ArticleView> write(@Valid @RequestBody ArticleRequest request, @AuthenticationPrincipal Jwt jwt) {
        ArticleView article = ArticleView.of(disclosure.write(request, CurrentUser.of(jwt)));
        return ResponseEntity.created(URI.create("/api/management/v1/articles/" + article.id())).body(article);
    }

    @PutMapping("/articles/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ArticleView edit(@PathVariable UUID id, @Valid @RequestBody ArticleRequest request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ArticleView.of(disclosure.edit(id, request.over(ifMatch), CurrentUser.of(jwt)));
    }

    @PostMapping("/articles/{id}/submit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ArticleView submit(@PathVariable UUID id, @RequestBody(required = false) ArticleStep step,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ArticleView.of(disclosure.submit(id, ArticleStep.over(step, ifMatch), CurrentUser.of(jwt)));
    }

    @PostMapping("/articles/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ArticleView approve(@PathVariable UUID id, @RequestBody(required = false) ArticleStep step,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ArticleView.of(disclosure.approve(id, ArticleStep.over(step, ifMatch), CurrentUser.of(jwt)));
    }

    @PostMapping("/articles/{id}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ArticleView reject(@PathVariable UUID id, @RequestBody(required = false) ArticleStep step,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ArticleView.of(disclosure.reject(id, ArticleStep.over(step, ifMatch), CurrentUser.of(jwt)));
    }

    @PostMapping("/articles/{id}/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    ArticleView withdraw(@PathVariable UUID id, @RequestBody ArticleStep step,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        return ArticleView.of(disclosure.withdraw(id, ArticleStep.over(step, ifMatch), CurrentUser.of(jwt)));
    }

    @GetMapping("/articles/{id}")
    ArticleView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return ArticleView.of(disclosure.find(id, CurrentUser.of(jwt)));
    }

    @GetMapping("/articles")
    PageResponse<ArticleView> list(@RequestParam(required = false) String departmentCode,
                               @RequestParam(required = false) Column column,
                               @RequestParam(required = false) ArticleStatus status,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size,
                               @AuthenticationPrincipal Jwt jwt) {
        return disclosure.page(departmentCode, column, status, PageRequest.of(page, size), CurrentUser.of(jwt))
                .map(ArticleView::of);
    }

    /** The four columns, with when each last published and whether it has gone stale. */
    @GetMapping("/columns")
    PageResponse<ColumnView> columns(@RequestParam(required = false) String departmentCode, @AuthenticationPrincipal Jwt jwt) {
        List<ColumnView> columns = disclosure.columns(departmentCode, CurrentUser.of(jwt));
        return PageResponse.of(columns, PageRequest.of(0, columns.size()), columns.size());
    }

    /** An article as the API shows it. */
    record ArticleView(String id, String column, String title, String summary, String body, String regionCode,
                       String departmentCode, String status, Instant publishAt, String createdBy, String submittedBy,
                       String reviewedBy, Instant reviewedAt, Instant publishedAt, Instant withdrawnAt,
                       String withdrawalReason, long revision) implements Versioned {

        @Override
        public long entityVersion() {
            return revision;
        }

        static ArticleView of(Article a) {
            return new ArticleView(a.id().toString(), a.column().name(), a.title(), a.summary(), a.body(), a.regionCode(),
                    a.departmentCode(), a.status().name(), a.publishAt(), a.createdBy(), a.submittedBy(), a.reviewedBy(),
                    a.reviewedAt(), a.publishedAt(), a.withdrawnAt(), a.withdrawalReason(), a.revision());
        }
    }
}
