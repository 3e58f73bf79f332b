package org.onestop.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.application.domain.Draft;
import org.onestop.portal.application.domain.Material;
import org.onestop.portal.application.domain.MaterialRules;
import org.onestop.portal.catalog.CatalogItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Drafts: the form data is kept as typed (checked in full only on submission), materials are
 * attached as uploads or e-certificate references, each checked as it comes.
 */
@Service
class ApplicationDrafts {

    private final DraftRepository drafts;
    private final MaterialRepository materials;
    private final MaterialSupply supply;
    private final ApplicationSubmission submission;
    private final TransactionTemplate transactions;
    private final FormDataBounds bounds;
    private final ApplicationProperties properties;
    private final Clock clock;

    ApplicationDrafts(DraftRepository drafts, MaterialRepository materials, MaterialSupply supply,
                      ApplicationSubmission submission, TransactionTemplate transactions, FormDataBounds bounds,
                      ApplicationProperties properties, Clock clock) {
        this.clock = clock;
        this.drafts = drafts;
        this.materials = materials;
        this.supply = supply;
        this.submission = submission;
        this.transactions = transactions;
        this.bounds = bounds;
        this.properties = properties;
    }

    /** A new draft, within the form's bounds and the number of drafts one applicant may keep (one more: 409). */
    Draft create(CurrentUser applicant, String itemCode, Map<String, Object> formData) {
        CatalogItem item = submission.itemTakingApplications(itemCode);
        bounds.check(item.formFields(), formData);
        return transactions.execute(status -> {
            drafts.lockApplicant(applicant.id());
            if (drafts.countOf(applicant.id()) >= properties.maxDraftsPerAccount()) {
                throw new ConflictException("You keep the most drafts allowed; submit or delete one first",
                        Map.of("maxDrafts", properties.maxDraftsPerAccount()));
            }
            Instant now = clock.instant();
            var draft = new Draft(UUID.randomUUID(), applicant.id(), applicant.name(),
                    ApplicationSubmission.applicantType(applicant), item.code(), formData, RequestContext.channel(), now,
                    now, 0);
            drafts.insert(draft);
            return draft;
        });
    }

    /**
     * Replaces the form data; with {@code expectedRevision} (the caller's If-Match) only if the draft is still at that
     * revision (else 409 naming the current one), without it whatever is stored.
     */
    @Transactional
    Draft update(CurrentUser applicant, UUID id, Map<String, Object> formData, Long expectedRevision) {
        Draft draft = lockOwn(applicant, id);
        draft.expectRevision(expectedRevision);
        bounds.check(submission.formOf(draft.itemCode()), formData);
        Draft saved = draft.withFormData(formData, clock.instant());
        drafts.updateFormData(saved);
        return saved;
    }

    Draft own(CurrentUser applicant, UUID id) {
        return drafts.findOwn(id, applicant.id()).orElseThrow(() -> new NotFoundException("No draft " + id));
    }

    PageResponse<Draft> listOwn(CurrentUser applicant, PageRequest page) {
        return PageResponse.of(drafts.pageOf(applicant.id(), page), page, drafts.countOf(applicant.id()));
    }

    List<Material> materialsOf(UUID id) {
        return materials.of(id);
    }

    @Transactional
    void delete(CurrentUser applicant, UUID id, Long expectedRevision) {
        lockOwn(applicant, id).expectRevision(expectedRevision);
        materials.deleteAllOf(id);
        drafts.delete(id);
    }

    /** Adds an uploaded material; a change of the draft, so its revision increases (If-Match as for {@link #update}). */
    @Transactional
    Material upload(CurrentUser applicant, UUID id, String name, MultipartFile file, Long expectedRevision) {
        Draft draft = lockOwn(applicant, id);
        draft.expectRevision(expectedRevision);
        CatalogItem item = submission.publishedItem(draft.itemCode());
        rejectUnknown(item, name);
        Material added = supply.upload(id, applicant.id(), name, file);
        drafts.touch(draft, clock.instant());
        return added;
    }

    @Transactional
    Material reference(CurrentUser applicant, UUID id, String name, String certificateNumber, Long expectedRevision) {
        Draft draft = lockOwn(applicant, id);
        draft.expectRevision(expectedRevision);
        CatalogItem item = submission.publishedItem(draft.itemCode());
        rejectUnknown(item, name);
        var problems = MaterialRules.certificateProblems(item.guide(),
                List.of(supply.supplied(name, certificateNumber)), applicant.id());
        if (!problems.isEmpty()) {
            throw new BadRequestException("The e-certificate cannot supply this material", problems);
        }
        Instant now = clock.instant();
        Material added = supply.reference(id, applicant.id(), name, certificateNumber, null, now);
        drafts.touch(draft, now);
        return added;
    }

    @Transactional
    void removeMaterial(CurrentUser applicant, UUID id, UUID materialId, Long expectedRevision) {
        Draft draft = lockOwn(applicant, id);
        draft.expectRevision(expectedRevision);
        if (!materials.deletePending(materialId, id)) {
            throw new NotFoundException("No material " + materialId + " in draft " + id);
        }
        drafts.touch(draft, clock.instant());
    }

    private Draft lockOwn(CurrentUser applicant, UUID id) {
        return drafts.lockOwn(id, applicant.id()).orElseThrow(() -> new NotFoundException("No draft " + id));
    }

    private static void rejectUnknown(CatalogItem item, String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "must name the material");
        }
        var problems = MaterialRules.unknownNames(item.guide(), item.formFields(), List.of(name));
        if (!problems.isEmpty()) {
            throw new BadRequestException("The item asks for no such material", problems);
        }
    }
}
