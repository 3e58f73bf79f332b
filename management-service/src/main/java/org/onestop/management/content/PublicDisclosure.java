package org.onestop.management.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.management.content.domain.Article;
import org.onestop.management.content.domain.ArticleStatus;
import org.onestop.management.content.domain.Column;
import org.onestop.management.department.DepartmentDirectory;
import org.onestop.management.department.domain.Department;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, reviewing and publishing public-disclosure articles; each publication goes out on {@code management.content.v1}. */
@Service
class PublicDisclosure {

    private final ArticleRepository articles;
    private final DepartmentDirectory departments;
    private final OutboxWriter outbox;
    private final Clock clock;

    PublicDisclosure(ArticleRepository articles, DepartmentDirectory departments, OutboxWriter outbox, Clock clock) {
        // microseconds: what PostgreSQL keeps, so that a revision read back compares equal
        this.clock = Clock.tick(clock, Duration.ofNanos(1000));
        this.articles = articles;
        this.departments = departments;
        this.outbox = outbox;
    }

    @Transactional
    Article write(ArticleRequest request, CurrentUser user) {
        String departmentCode = isAdmin(user) ? request.departmentCode() : user.department();
        if (!isAdmin(user) && request.departmentCode() != null && !request.departmentCode().equals(user.department())) {
            throw new AccessDeniedException("staff write only for their own department");
        }
        Department department = departments.find(departmentCode)
                .orElseThrow(() -> new BadRequestException("departmentCode", "unknown department " + departmentCode));
        Article article = Article.write(request.column(), request.title(), request.summary(), request.body(),
                department.regionCode(), department.code(), user.username());
        articles.insert(article, clock.instant());
        return article;
    }

    @Transactional
    Article edit(UUID id, ArticleRequest request, CurrentUser user) {
        if (request.expectedRevision() == null) {
            throw new BadRequestException("expectedRevision",
                    "must be the revision you read: as If-Match (\"3\"), or, deprecated, as expectedRevision");
        }
        Article article = visible(id, user);
        article.expectRevision(request.expectedRevision());
        return save(article.edit(request.column(), request.title(), request.summary(), request.body()));
    }

    @Transactional
    Article submit(UUID id, ArticleStep step, CurrentUser user) {
        Article article = visible(id, user);
        article.expectRevision(step.expectedRevision());
        return save(article.submit(user.username()));
    }

    @Transactional
    Article reject(UUID id, ArticleStep step, CurrentUser user) {
        Article article = visible(id, user);
        article.expectRevision(step.expectedRevision());
        return save(article.reject(user.username(), clock.instant()));
    }

    @Transactional
    Article approve(UUID id, ArticleStep step, CurrentUser user) {
        Article article = visible(id, user);
        article.expectRevision(step.expectedRevision());
        Instant now = clock.instant();
        Article approved = save(article.approve(user.username(), step.publishAt(), now));
        return approved.isDue(now) ? record(approved.publish(now, RequestContext.channel())) : approved;
    }

    @Transactional
    Article withdraw(UUID id, ArticleStep step, CurrentUser user) {
        if (step.reason() == null || step.reason().isBlank()) {
            throw new BadRequestException("reason", "say why the article is withdrawn");
        }
        Article article = visible(id, user);
        article.expectRevision(step.expectedRevision());
        return record(article.withdraw(step.reason(), clock.instant(), RequestContext.channel()));
    }

    /** Publishes approved articles whose time has come; safe on every replica at once. */
    @Transactional
    int publishDue(int limit) {
        Instant now = clock.instant();
        List<Article> due = articles.lockDue(now, limit);
        due.forEach(article -> record(article.publish(now, "system")));
        return due.size();
    }

    @Transactional(readOnly = true)
    Article find(UUID id, CurrentUser user) {
        return visible(id, user);
    }

    @Transactional(readOnly = true)
    PageResponse<Article> page(String departmentCode, Column column, ArticleStatus status, PageRequest page,
                               CurrentUser user) {
        String department = isAdmin(user) ? departmentCode : user.department();
        return PageResponse.of(articles.page(department, column, status, page), page,
                articles.count(department, column, status));
    }

    /** Each column with when it last published and whether that is too long ago. */
    @Transactional(readOnly = true)
    List<ColumnView> columns(String departmentCode, CurrentUser user) {
        String department = isAdmin(user) ? departmentCode : user.department();
        Instant now = clock.instant();
        return Arrays.stream(Column.values()).map(column -> {
            Instant last = articles.lastPublished(department, column).orElse(null);
            boolean stale = last == null || last.isBefore(now.minus(Duration.ofDays(column.freshForDays())));
            return new ColumnView(column.name(), column.label(), column.freshForDays(), last, stale);
        }).toList();
    }

    private Article record(Article.Changed changed) {
        Article saved = save(changed.article());
        outbox.append(Topics.CONTENT, changed.event());
        return saved;
    }

    private Article save(Article article) {
        articles.update(article);
        return articles.find(article.id()).orElseThrow();
    }

    private Article visible(UUID id, CurrentUser user) {
        return articles.find(id)
                .filter(article -> isAdmin(user) || article.departmentCode().equals(user.department()))
                .orElseThrow(() -> new NotFoundException("No article " + id));
    }

    private static boolean isAdmin(CurrentUser user) {
        return user.hasRole("ADMIN");
    }

    /** A column as the editor's overview shows it. */
    record ColumnView(String code, String label, int freshForDays, Instant lastPublishedAt, boolean stale) {
    }
}
