package org.onestop.portal.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.portal.application.domain.Material;
import org.onestop.portal.application.domain.MaterialRules.CertificateFacts;
import org.onestop.portal.application.domain.MaterialRules.Supplied;
import org.onestop.portal.application.domain.MaterialType;
import org.onestop.portal.certificate.CertificateRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Materials as they come in: uploads checked for size (413), real type (415) and the
 * per-application limit (409) and kept with their SHA-256; e-certificate references looked up
 * in the holder's registry.
 */
@Component
class MaterialSupply {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MaterialRepository materials;
    private final DraftRepository drafts;
    private final CertificateRegistry certificates;
    private final ApplicationProperties properties;
    private final Clock clock;

    MaterialSupply(MaterialRepository materials, DraftRepository drafts, CertificateRegistry certificates,
                   ApplicationProperties properties, Clock clock) {
        this.clock = clock;
        this.materials = materials;
        this.drafts = drafts;
        this.certificates = certificates;
        this.properties = properties;
    }

    /** Keeps an uploaded file as a pending material of the draft or application. */
    Material upload(UUID parentId, String ownerId, String name, MultipartFile file) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "must name the material");
        }
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("file", "must be a non-empty file");
        }
        long limit = properties.maxFileSize().toBytes();
        if (file.getSize() > limit) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "The file has " + file.getSize() + " bytes; a material may have at most " + limit);
        }
        byte[] content = bytesOf(file);
        MaterialType type = MaterialType.sniff(content).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A material must be a PDF, JPEG, PNG or OFD file"));
        if (materials.countFiles(parentId) >= properties.maxFilesPerApplication()) {
            throw new ConflictException("This application already holds the most files allowed",
                    Map.of("maxFiles", properties.maxFilesPerApplication()));
        }
        drafts.lockApplicant(ownerId);
        if (materials.countPendingFilesOf(ownerId) >= properties.maxPendingFilesPerAccount()) {
            throw new ConflictException("You keep the most files not yet handed in; submit or delete a draft first",
                    Map.of("maxPendingFiles", properties.maxPendingFilesPerAccount()));
        }
        var material = new Material(UUID.randomUUID(), parentId, ownerId, name, null, null,
                fileNameOf(file), type.contentType(), content.length, sha256(content), null, clock.instant());
        materials.insert(material, content);
        return material;
    }

    /** A pending or handed-in reference to an e-certificate (the caller has checked it). */
    Material reference(UUID parentId, String ownerId, String name, String certificateNumber, String submittedIn,
                       Instant at) {
        if (materials.countReferences(parentId) >= properties.maxReferencesPerApplication()) {
            throw new ConflictException("This application already holds the most e-certificate references allowed",
                    Map.of("maxReferences", properties.maxReferencesPerApplication()));
        }
        String type = certificates.find(certificateNumber).map(c -> c.certificateType()).orElse(null);
        var material = new Material(UUID.randomUUID(), parentId, ownerId, name, type, certificateNumber, null, null, 0,
                null, submittedIn, at);
        materials.insert(material, null);
        return material;
    }

    /** The material as the rules see it, with the referenced certificate's facts looked up today. */
    Supplied supplied(String name, String certificateNumber) {
        if (certificateNumber == null) {
            return new Supplied(name, null, null);
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        CertificateFacts facts = certificates.find(certificateNumber)
                .map(c -> new CertificateFacts(c.holderId(), c.certificateType(), c.statusOn(today)))
                .orElse(null);
        return new Supplied(name, certificateNumber, facts);
    }

    List<Supplied> supplied(List<Material> kept) {
        return kept.stream().map(m -> supplied(m.name(), m.certificateNumber())).toList();
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileNameOf(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "material";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
