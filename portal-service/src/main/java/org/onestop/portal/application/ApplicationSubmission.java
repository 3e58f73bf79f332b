package org.onestop.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.FormField;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.ApplicationStatus;
import org.onestop.portal.application.domain.Draft;
import org.onestop.portal.application.domain.FormCheck;
import org.onestop.portal.application.domain.TrackingNumber;
import org.onestop.portal.application.domain.Material;
import org.onestop.portal.application.domain.MaterialRules;
import org.onestop.portal.application.domain.MaterialRules.Supplied;
import org.onestop.portal.application.domain.VerificationCode;
import org.onestop.portal.catalog.CatalogItem;
import org.onestop.portal.catalog.PublicCatalog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting applications, directly or from a draft, against the item's published version, and
 * reading one's own.
 */
@Service
class ApplicationSubmission {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ApplicationRepository applications;
    private final DraftRepository drafts;
    private final MaterialRepository materials;
    private final MaterialSupply supply;
    private final PublicCatalog catalog;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final FormDataBounds bounds;
    private final Clock clock;

    ApplicationSubmission(ApplicationRepository applications, DraftRepository drafts, MaterialRepository materials,
                          MaterialSupply supply, PublicCatalog catalog, OutboxWriter outbox,
                          TransactionTemplate transactions, FormDataBounds bounds, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.drafts = drafts;
        this.materials = materials;
        this.supply = supply;
        this.catalog = catalog;
        this.outbox = outbox;
        this.transactions = transactions;
        this.bounds = bounds;
    }

    /** A material named in a request body: an e-certificate reference. */
    record CertificateReference(String name, String certificateNumber) {
    }

    /**
     * Submits once per idempotency key: a repeat with the same key returns the first application,
     * also when both arrive at the same moment.
     */
    Submitted submit(CurrentUser applicant, String itemCode, Map<String, Object> formData,
                     List<CertificateReference> references, String idempotencyKey) {
        Optional<Submitted> earlier = earlier(applicant, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CatalogItem item = itemTakingApplications(itemCode);
        try {
            return transactions.execute(status -> submitInTransaction(applicant, UUID.randomUUID(), item, formData,
                    List.of(), references, idempotencyKey));
        } catch (DuplicateKeyException raced) {
            return earlier(applicant, idempotencyKey).orElseThrow(() -> raced);
        }
    }

    /**
     * Submits a draft under its own id, with its materials; submitting it again (the draft is gone
     * then) returns the application it became.
     */
    Submitted submitDraft(CurrentUser applicant, UUID draftId, List<CertificateReference> references,
                          String idempotencyKey, Long expectedRevision) {
        Optional<Submitted> earlier = earlier(applicant, idempotencyKey)
                .or(() -> applications.findOwn(draftId, applicant.id()).map(first -> new Submitted(first, false, null)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transactions.execute(status -> {
                Draft draft = drafts.lockOwn(draftId, applicant.id()).orElse(null);
                if (draft == null) {
                    return applications.findOwn(draftId, applicant.id()).map(first -> new Submitted(first, false, null))
                            .orElseThrow(() -> new NotFoundException("No draft " + draftId));
                }
                draft.expectRevision(expectedRevision);
                CatalogItem item = itemTakingApplications(draft.itemCode());
                Submitted submitted = submitInTransaction(applicant, draftId, item, draft.formData(),
                        materials.pendingOf(draftId), references, idempotencyKey);
                drafts.delete(draftId);
                return submitted;
            });
        } catch (DuplicateKeyException raced) {
            return earlier(applicant, idempotencyKey)
                    .or(() -> applications.findOwn(draftId, applicant.id()).map(first -> new Submitted(first, false, null)))
                    .orElseThrow(() -> raced);
        }
    }

    private Submitted submitInTransaction(CurrentUser applicant, UUID id, CatalogItem item, Map<String, Object> formData,
                                          List<Material> kept, List<CertificateReference> references,
                                          String idempotencyKey) {
        List<Supplied> supplied = new ArrayList<>(supply.supplied(kept));
        references.forEach(reference -> supplied.add(supply.supplied(reference.name(), reference.certificateNumber())));
        List<String> names = supplied.stream().map(Supplied::name).toList();
        List<FieldProblem> problems = new ArrayList<>(bounds.problems(item.formFields(), formData));
        if (problems.isEmpty()) {
            problems.addAll(FormCheck.problems(item.formFields(), formData));
        }
        problems.addAll(MaterialRules.unknownNames(item.guide(), item.formFields(), names));
        problems.addAll(MaterialRules.certificateProblems(item.guide(), supplied, applicant.id()));
        problems.addAll(MaterialRules.missingRequired(item.guide(), item.formFields(), names));
        if (!problems.isEmpty()) {
            throw new BadRequestException("The application does not meet the item's requirements", problems);
        }
        Instant now = clock.instant();
        var application = new Application(id, trackingNumber(item, now), applicant.id(), applicant.name(),
                applicantType(applicant), item.code(), item.version(), item.name(), item.departmentCode(),
                item.regionCode(), formData, ApplicationStatus.SUBMITTED, null, RequestContext.channel(),
                idempotencyKey, now, 0, 0, null);
        String code = VerificationCode.generate();
        applications.insert(application, VerificationCode.hash(id.toString(), code));
        references.forEach(reference -> supply.reference(id, applicant.id(), reference.name(),
                reference.certificateNumber(), Material.SUBMISSION, now));
        materials.markSubmitted(id, Material.SUBMISSION);
        outbox.append(Topics.APPLICATION, application.submittedEvent(
                materials.of(id).stream().map(Material::toSubmitted).toList()));
        return new Submitted(application, true, code);
    }

    /**
     * The version in force of an item that {@linkplain CatalogItem#takesOnlineApplications takes online applications},
     * as the website offers them; any other is a 409 that says how to apply instead: at one of its halls, with a
     * booking.
     */
    CatalogItem itemTakingApplications(String itemCode) {
        CatalogItem item = publishedItem(itemCode);
        if (!item.takesOnlineApplications()) {
            var guide = item.guide();
            Map<String, Object> how = new LinkedHashMap<>();
            how.put("itemCode", itemCode);
            how.put("onlineDepth", guide.onlineDepth());
            how.put("handlingForm", guide.handlingForm());
            how.put("halls", guide.halls() == null ? List.of() : guide.halls().stream()
                    .map(hall -> hall.address() == null ? Map.of("name", hall.name())
                            : Map.of("name", hall.name(), "address", hall.address()))
                    .toList());
            how.put("booking", "/api/portal/v1/bookings");
            throw new ConflictException("Item " + itemCode + " is not applied for online: apply at one of its halls,"
                    + " booking a visit first", how);
        }
        return item;
    }

    /** The version in force of the item; 409 naming it when it was withdrawn, 404 when it was never published. */
    CatalogItem publishedItem(String itemCode) {
        return catalog.find(itemCode).orElseThrow(() -> catalog.isWithdrawn(itemCode)
                ? new ConflictException("Item " + itemCode + " was withdrawn; it takes no applications",
                        Map.of("itemCode", itemCode))
                : new NotFoundException("No published item " + itemCode));
    }

    /** The form definition of the item's version in force; none when it is no longer published. */
    List<FormField> formOf(String itemCode) {
        return catalog.find(itemCode).map(CatalogItem::formFields).orElse(List.of());
    }

    private Optional<Submitted> earlier(CurrentUser applicant, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return applications.findByIdempotencyKey(applicant.id(), idempotencyKey).map(first -> new Submitted(first, false, null));
    }

    Application findOwn(UUID id, CurrentUser applicant) {
        return applications.findOwn(id, applicant.id())
                .orElseThrow(() -> new NotFoundException("No application " + id));
    }

    PageResponse<Application> listOwn(CurrentUser applicant, ApplicationStatus status, PageRequest page) {
        return PageResponse.of(applications.pageOf(applicant.id(), status, page), page,
                applications.countOf(applicant.id(), status));
    }

    /** Replaces the verification code of one's own application; the new one is shown once. */
    String newVerificationCode(UUID id, CurrentUser applicant) {
        Application application = findOwn(id, applicant);
        String code = VerificationCode.generate();
        applications.replaceVerificationCode(application.id(), VerificationCode.hash(application.id().toString(), code));
        return code;
    }

    private static String trackingNumber(CatalogItem item, Instant now) {
        return TrackingNumber.generate(item.regionCode(), LocalDate.ofInstant(now, CHINA));
    }

    static String applicantType(CurrentUser applicant) {
        return applicant.hasRole("LEGAL_PERSON") ? "LEGAL_PERSON" : "NATURAL_PERSON";
    }

    /** The application, whether this request created it, and (only then) its verification code. */
    record Submitted(Application application, boolean created, String verificationCode) {
    }
}
