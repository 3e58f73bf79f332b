package org.onestop.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.application.ApplicationSubmission.CertificateReference;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.Material;
import org.onestop.portal.application.domain.MaterialRules;
import org.onestop.portal.catalog.CatalogItem;
import org.onestop.portal.catalog.PublicCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's side of a running case: uploads and an answer to a correction request (补正),
 * once per request and only while one is open; withdrawal (撤回) once, before a conclusion. Each
 * is announced to processing; the status then follows the case's own events.
 */
@Service
class CorrectingAndWithdrawing {

    private final ApplicationRepository applications;
    private final MaterialRepository materials;
    private final MaterialSupply supply;
    private final PublicCatalog catalog;
    private final OutboxWriter outbox;
    private final Clock clock;

    CorrectingAndWithdrawing(ApplicationRepository applications, MaterialRepository materials, MaterialSupply supply,
                             PublicCatalog catalog, OutboxWriter outbox, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.materials = materials;
        this.supply = supply;
        this.catalog = catalog;
        this.outbox = outbox;
    }

    /** A file for the answer to the open correction request, sent with it. */
    @Transactional
    Material upload(CurrentUser applicant, UUID id, String name, MultipartFile file) {
        Application application = applications.lockOwn(id, applicant.id())
                .orElseThrow(() -> new NotFoundException("No application " + id));
        requireOpenCorrection(application);
        return supply.upload(id, applicant.id(), name, file);
    }

    /** Answers the open correction request with a note, the pending uploads and e-certificate references. */
    @Transactional
    Application answerCorrection(CurrentUser applicant, UUID id, String note, List<CertificateReference> references) {
        Application application = own(applicant, id);
        requireOpenCorrection(application);
        var supplied = references.stream().map(r -> supply.supplied(r.name(), r.certificateNumber())).toList();
        var problems = MaterialRules.certificateProblems(guideOf(application), supplied, applicant.id());
        if (!problems.isEmpty()) {
            throw new BadRequestException("An e-certificate cannot supply the material", problems);
        }
        Instant now = clock.instant();
        if (!applications.answerCorrection(id, now)) {
            throw noOpenCorrection(application);
        }
        String step = Material.correction(application.correctionsAnswered() + 1);
        references.forEach(r -> supply.reference(id, applicant.id(), r.name(), r.certificateNumber(), null, now));
        List<Material> handedIn = materials.pendingOf(id);
        materials.markSubmitted(id, step);
        applications.addProgress(id, application.status(), "补正材料已提交 correction sent", now);
        outbox.append(Topics.APPLICATION, application.correctedEvent(note,
                handedIn.stream().map(Material::toSubmitted).toList(), RequestContext.channel(), now));
        return applications.find(id).orElseThrow();
    }

    /** Asks processing to withdraw the application; 409 after a conclusion or a second time. */
    @Transactional
    Application withdraw(CurrentUser applicant, UUID id, String reason) {
        Application application = own(applicant, id);
        Instant now = clock.instant();
        if (!application.withdrawable() || !applications.requestWithdrawal(id, now)) {
            throw new ConflictException("The application can no longer be withdrawn",
                    Map.of("applicationStatus", application.status().name(),
                            "withdrawalRequested", application.withdrawalRequestedAt() != null));
        }
        applications.addProgress(id, application.status(), "撤回申请已提交 withdrawal requested", now);
        outbox.append(Topics.APPLICATION, application.withdrawnEvent(reason, RequestContext.channel(), now));
        return applications.find(id).orElseThrow();
    }

    private Application own(CurrentUser applicant, UUID id) {
        return applications.findOwn(id, applicant.id()).orElseThrow(() -> new NotFoundException("No application " + id));
    }

    private static void requireOpenCorrection(Application application) {
        if (!application.awaitsCorrection()) {
            throw noOpenCorrection(application);
        }
    }

    private static ConflictException noOpenCorrection(Application application) {
        return new ConflictException("No correction request is waiting for an answer",
                Map.of("applicationStatus", application.status().name()));
    }

    /** The guide of the version the application was submitted under: its materials and their certificate types. */
    private ServiceGuide guideOf(Application application) {
        return catalog.findVersion(application.itemCode(), application.itemVersion()).map(CatalogItem::guide).orElse(null);
    }
}
