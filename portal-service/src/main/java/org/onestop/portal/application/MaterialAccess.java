package org.onestop.portal.application;

import java.util.Objects;
import java.util.UUID;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.portal.application.domain.Material;
import org.springframework.stereotype.Service;

/**
 * Who may read an uploaded material: its owner, and once it is handed in, those who handle the case:
 * the clerks, reviewers and approvers of the department that handles the application (not its
 * editors or supervisors). Anyone else is told there is no such file (404). Every download is
 * recorded (who, with which roles, which file of which application, when, under which request).
 */
@Service
class MaterialAccess {

    /** The roles of the people who handle a case (受理, 审查, 审批). */
    static final java.util.List<String> HANDLERS = java.util.List.of("CLERK", "REVIEWER", "APPROVER");

    private final MaterialRepository materials;
    private final ApplicationRepository applications;
    private final java.time.Clock clock;

    MaterialAccess(MaterialRepository materials, ApplicationRepository applications, java.time.Clock clock) {
        this.clock = clock;
        this.materials = materials;
        this.applications = applications;
    }

    File read(UUID id, CurrentUser reader) {
        Material material = materials.find(id).filter(m -> !m.byCertificate()).filter(m -> mayRead(m, reader))
                .orElseThrow(() -> new NotFoundException("No material " + id));
        byte[] content = materials.contentOf(id).orElseThrow(() -> new NotFoundException("No material " + id));
        materials.recordDownload(material, reader, org.onestop.platform.web.RequestContext.correlationId(), clock.instant());
        return new File(material, content);
    }

    private boolean mayRead(Material material, CurrentUser reader) {
        if (material.ownerId().equals(reader.id())) {
            return true;
        }
        return reader.hasRole("STAFF") && HANDLERS.stream().anyMatch(reader::hasRole)
                && reader.department() != null && material.submittedIn() != null
                && applications.find(material.parentId())
                .map(application -> Objects.equals(application.departmentCode(), reader.department()))
                .orElse(false);
    }

    /**
     * Who downloaded an application's files (电子监察): for the supervisors of the department that handles it, and
     * administrators; another department's application is a 404.
     */
    java.util.List<MaterialRepository.Download> downloadsOf(UUID applicationId, CurrentUser reader, int most) {
        boolean allowed = reader.hasRole("ADMIN") || applications.find(applicationId)
                .map(application -> Objects.equals(application.departmentCode(), reader.department())).orElse(false);
        if (!allowed) {
            throw new NotFoundException("No application " + applicationId);
        }
        return materials.downloadsOf(applicationId, most);
    }

    record File(Material material, byte[] content) {
    }
}
