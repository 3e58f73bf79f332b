package org.onestop.management.item;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.management.department.DepartmentDirectory;
import org.onestop.management.department.domain.Department;
import org.onestop.management.item.domain.BaseItem;
import org.onestop.management.item.domain.CatalogRules;
import org.onestop.management.item.domain.GuideQuality;
import org.onestop.management.item.domain.GuideQuality.QualityReport;
import org.onestop.management.item.domain.ItemContent;
import org.onestop.management.item.domain.Level;
import org.onestop.management.item.domain.ServiceItem;
import org.onestop.management.item.domain.ServiceItem.Transition;
import org.onestop.management.region.RegionDirectory;
import org.onestop.management.region.domain.Region;
import org.onestop.management.region.domain.RegionCode;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, reviewing and publishing implementation items. Administrators act on every item;
 * editors and reviewers only on their own department's (another department's item is not found).
 */
@Service
class ServiceItemCatalog {

    static final String SYSTEM_CHANNEL = "system";
    static final int LARGEST_IMPORT = 100;

    private final ServiceItemRepository items;
    private final BaseItemRepository baseItems;
    private final RegionDirectory regions;
    private final DepartmentDirectory departments;
    private final OutboxWriter outbox;
    private final Clock clock;

    ServiceItemCatalog(ServiceItemRepository items, BaseItemRepository baseItems, RegionDirectory regions,
                       DepartmentDirectory departments, OutboxWriter outbox, Clock clock) {
        this.items = items;
        this.baseItems = baseItems;
        this.regions = regions;
        this.departments = departments;
        this.outbox = outbox;
        // PostgreSQL keeps microseconds (and rounds); a finer clock would make a version that is due
        // now look due a moment later once read back.
        this.clock = Clock.tick(clock, Duration.ofNanos(1000));
    }

    @Transactional
    ServiceItem draft(DraftServiceItem request, CurrentUser user) {
        mayActFor(user, request.departmentCode());
        ItemContent content = orThrow(checked(request.code(), request.content(), ""));
        return insertDraft(request.code(), content, user);
    }

    @Transactional
    ServiceItem claim(String baseCode, ClaimBaseItem request, CurrentUser user) {
        mayActFor(user, request.departmentCode());
        BaseItem base = baseItems.find(baseCode).orElseThrow(() -> new NotFoundException("No base item " + baseCode));
        Region region = regions.find(request.regionCode())
                .orElseThrow(() -> new BadRequestException("regionCode", "unknown region " + request.regionCode()));
        ItemContent content = orThrow(checked(request.code(), base.claim(region.level(), request.content()), ""));
        return insertDraft(request.code(), content, user);
    }

    /** Imports up to 100 items as drafts; if any breaks a rule nothing is saved and every problem is listed. */
    @Transactional
    List<ServiceItem> importItems(List<DraftServiceItem> documents, CurrentUser user) {
        if (documents.isEmpty() || documents.size() > LARGEST_IMPORT) {
            throw new BadRequestException("items", "must hold 1 to " + LARGEST_IMPORT + " items");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<ItemContent> contents = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DraftServiceItem document = documents.get(i);
            String at = "items[" + i + "].";
            mayActFor(user, document.departmentCode());
            Checked checked = checked(document.code(), document.content(), at);
            problems.addAll(checked.problems());
            contents.add(checked.content());
            if (codes.contains(document.code()) || items.codeExists(document.code())) {
                problems.add(new FieldProblem(at + "code", "an item with code " + document.code() + " already exists"));
            }
            codes.add(document.code());
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("The import breaks catalog rules; nothing was imported", problems);
        }
        List<ServiceItem> imported = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            imported.add(insertDraft(codes.get(i), contents.get(i), user));
        }
        return imported;
    }

    @Transactional
    ServiceItem edit(UUID id, DraftServiceItem request, CurrentUser user) {
        ServiceItem item = visible(id, user);
        if (request.expectedRevision() == null) {
            throw new BadRequestException("expectedRevision",
                    "must be the revision you read: as If-Match (\"3\"), or, deprecated, as expectedRevision");
        }
        item.expectRevision(request.expectedRevision());
        mayActFor(user, request.departmentCode());
        if (!item.code().equals(request.code())) {
            throw new BadRequestException("code", "the code of an item does not change");
        }
        ItemContent content = orThrow(checked(item.code(), request.content(), ""));
        return save(item.edit(content, clock.instant()));
    }

    @Transactional
    ServiceItem startNewVersion(UUID id, DraftServiceItem request, CurrentUser user) {
        ServiceItem item = visible(id, user);
        mayActFor(user, request.departmentCode());
        ItemContent content = orThrow(checked(item.code(), request.content(), ""));
        ServiceItem next = item.nextVersion(content, user.username(), clock.instant());
        items.insert(next, GuideQuality.of(content).findings().size());
        return next;
    }

    @Transactional
    ServiceItem submit(UUID id, LifecycleRequest request, CurrentUser user) {
        ServiceItem item = visible(id, user);
        item.expectRevision(request.expectedRevision());
        return save(item.submit(user.username(), clock.instant()));
    }

    @Transactional
    ServiceItem reject(UUID id, LifecycleRequest request, CurrentUser user) {
        ServiceItem item = visible(id, user);
        item.expectRevision(request.expectedRevision());
        return save(item.reject(user.username(), request.comment(), clock.instant()));
    }

    /** Approves the version for its effective date; one that is due at once is published in the same step. */
    @Transactional
    ServiceItem approve(UUID id, LifecycleRequest request, CurrentUser user) {
        ServiceItem item = visible(id, user);
        item.expectRevision(request.expectedRevision());
        Instant now = clock.instant();
        ServiceItem approved = save(item.approve(user.username(), request.effectiveFrom(), request.comment(), now));
        return approved.isDue(now) ? activate(approved, now, RequestContext.channel()) : approved;
    }

    @Transactional
    ServiceItem withdraw(UUID id, LifecycleRequest request, CurrentUser user) {
        if (request.comment() == null || request.comment().isBlank()) {
            throw new BadRequestException("comment", "say why the item is withdrawn");
        }
        ServiceItem item = visible(id, user);
        item.expectRevision(request.expectedRevision());
        return record(item.withdraw(request.comment(), clock.instant(), RequestContext.channel()));
    }

    /** Publishes the approved versions whose effective date has come; safe to run on every replica at once. */
    @Transactional
    int activateDue(int limit) {
        Instant now = clock.instant();
        List<ServiceItem> due = items.lockDue(now, limit);
        due.forEach(item -> activate(item, now, SYSTEM_CHANNEL));
        return due.size();
    }

    @Transactional(readOnly = true)
    ServiceItem find(UUID id, CurrentUser user) {
        return visible(id, user);
    }

    @Transactional(readOnly = true)
    QualityReport quality(UUID id, CurrentUser user) {
        return GuideQuality.of(visible(id, user).content());
    }

    @Transactional(readOnly = true)
    PageResponse<ServiceItemSummary> search(ItemFilter filter, PageRequest page, CurrentUser user) {
        ItemFilter visible = scoped(filter, user);
        return PageResponse.of(items.summaries(visible, page), page, items.count(visible));
    }

    @Transactional(readOnly = true)
    PageResponse<DraftServiceItem> export(ItemFilter filter, PageRequest page, CurrentUser user) {
        ItemFilter visible = scoped(filter, user);
        return PageResponse.of(items.versions(visible, page), page, items.count(visible))
                .map(item -> DraftServiceItem.of(item.code(), item.content()));
    }

    private ServiceItem insertDraft(String code, ItemContent content, CurrentUser user) {
        if (items.codeExists(code)) {
            throw new ConflictException("An item with code " + code + " already exists; start a new version of it instead");
        }
        ServiceItem item = ServiceItem.draft(code, content, user.username(), clock.instant());
        items.insert(item, GuideQuality.of(content).findings().size());
        return item;
    }

    /** The due version takes effect and the one in force before it is superseded. */
    private ServiceItem activate(ServiceItem due, Instant now, String channel) {
        items.lockPublished(due.code()).ifPresent(current -> record(current.supersede(due, now, channel)));
        return record(due.activate(now, channel));
    }

    private ServiceItem record(Transition transition) {
        ServiceItem saved = save(transition.item());
        transition.events().forEach(event -> outbox.append(Topics.SERVICE_ITEM, event));
        return saved;
    }

    private ServiceItem save(ServiceItem item) {
        items.update(item, GuideQuality.of(item.content()).findings().size());
        return items.find(item.id()).orElseThrow();
    }

    /**
     * The content completed from the master data (department name and credit code, level) and
     * every problem with it: unknown region, department or base item, and the catalog's rules.
     */
    private Checked checked(String code, ItemContent requested, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Region> region = RegionCode.isWellFormed(requested.regionCode())
                ? regions.find(requested.regionCode()) : Optional.empty();
        if (RegionCode.isWellFormed(requested.regionCode()) && region.isEmpty()) {
            problems.add(new FieldProblem("regionCode", "unknown region " + requested.regionCode()));
        }
        Optional<Department> department = departments.find(requested.departmentCode());
        if (department.isEmpty()) {
            problems.add(new FieldProblem("departmentCode", "unknown department " + requested.departmentCode()));
        }
        String baseCode = requested.guide().baseCode();
        if (baseCode != null && !baseCode.isBlank() && baseItems.find(baseCode).isEmpty()) {
            problems.add(new FieldProblem("guide.baseCode", "unknown base item " + baseCode));
        }
        ItemContent content = requested.withMasterData(
                department.map(Department::name).orElse(requested.departmentName()),
                department.map(Department::creditCode).orElse(null),
                region.map(r -> Level.ofRegion(r.level())).orElse(Level.MUNICIPAL));
        problems.addAll(CatalogRules.problemsOf(code, content));
        return new Checked(content, problems.stream().map(p -> new FieldProblem(prefix + p.field(), p.message())).toList());
    }

    private static ItemContent orThrow(Checked checked) {
        if (!checked.problems().isEmpty()) {
            throw new BadRequestException("The service item breaks catalog rules", checked.problems());
        }
        return checked.content();
    }

    /** The item, if the user may see it: another department's item is not found. */
    private ServiceItem visible(UUID id, CurrentUser user) {
        return items.find(id)
                .filter(item -> isAdmin(user) || item.content().departmentCode().equals(user.department()))
                .orElseThrow(() -> new NotFoundException("No service item " + id));
    }

    private static ItemFilter scoped(ItemFilter filter, CurrentUser user) {
        return isAdmin(user) ? filter : filter.forDepartment(user.department());
    }

    private static void mayActFor(CurrentUser user, String departmentCode) {
        if (!isAdmin(user) && (user.department() == null || !user.department().equals(departmentCode))) {
            throw new AccessDeniedException("staff keep only their own department's items");
        }
    }

    private static boolean isAdmin(CurrentUser user) {
        return user.hasRole("ADMIN");
    }

    private record Checked(ItemContent content, List<FieldProblem> problems) {
    }
}
