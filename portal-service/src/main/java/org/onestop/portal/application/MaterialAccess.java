package org.onestop.portal.application;

import java.util.Objects;
import java.util.UUID;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.portal.application.domain.Material;
import org.springframework.stereotype.Service;

/**
 * Who may read an uploaded material: its owner, and once it is handed in, staff of the department
 * that handles the application. Anyone else is told there is no such file (404).
 */
@Service
class MaterialAccess {

    private final MaterialRepository materials;
    private final ApplicationRepository applications;

    MaterialAccess(MaterialRepository materials, ApplicationRepository applications) {
        this.materials = materials;
        this.applications = applications;
    }

    File read(UUID id, CurrentUser reader) {
        Material material = materials.find(id).filter(m -> !m.byCertificate()).filter(m -> mayRead(m, reader))
                .orElseThrow(() -> new NotFoundException("No material " + id));
        byte[] content = materials.contentOf(id).orElseThrow(() -> new NotFoundException("No material " + id));
        return new File(material, content);
    }

    private boolean mayRead(Material material, CurrentUser reader) {
        if (material.ownerId().equals(reader.id())) {
            return true;
        }
        return reader.hasRole("STAFF") && reader.department() != null && material.submittedIn() != null
                && applications.find(material.parentId())
                .map(application -> Objects.equals(application.departmentCode(), reader.department()))
                .orElse(false);
    }

    record File(Material material, byte[] content) {
    }
}
