package org.onestop.processing.materials;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.processing.materials.CaseMaterials.Claimed;
import org.onestop.processing.materials.domain.Material;
import org.onestop.processing.materials.domain.RegistryAnswer;
import org.onestop.processing.materials.domain.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the certificate references among a case's materials against data-sharing's registry.
 * The registry is asked outside any database transaction (a slow registry holds no rows), and a
 * registry that cannot be reached never fails what asked: the material is marked UNVERIFIED with
 * the reason and checked again after {@code onestop.processing.registry.recheck-interval}, by the
 * scheduler (with the service token), when staff open the case, or when staff ask for it.
 */
@Service
public class MaterialVerification {

    private static final Logger log = LoggerFactory.getLogger(MaterialVerification.class);

    private final CaseMaterials materials;
    private final CertificateRegistryClient registry;
    private final RegistryProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MaterialVerification(CaseMaterials materials, CertificateRegistryClient registry, RegistryProperties properties,
                         TransactionTemplate transactions, Clock clock) {
        this.materials = materials;
        this.registry = registry;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Right after intake or a correction answer: checks the case's new certificate references with
     * the service token, if one is configured (otherwise they wait for staff to open the case).
     */
    public void checkNewCase(UUID caseId, String applicantId) {
        if (!properties.hasServiceToken()) {
            log.debug("No service token for the registry: materials of case {} wait for staff", caseId);
            return;
        }
        checkDue(caseId, applicantId, properties.serviceToken());
    }

    /** Checks those of the case's certificate references that are due (unchecked, or unanswered past their pause). */
    public void checkDue(UUID caseId, String applicantId, String bearerToken) {
        Instant now = clock.instant();
        for (Material material : materials.of(caseId)) {
            if (material.awaitsRegistry() && isDue(material, now)) {
                check(material, applicantId, bearerToken, false);
            }
        }
    }

    /** A member of staff asks for a check of one certificate reference now, whatever it stood at. */
    public Material checkNow(UUID caseId, UUID materialId, String applicantId, String bearerToken) {
        Material material = materials.find(caseId, materialId)
                .orElseThrow(() -> new NotFoundException("No material " + materialId + " on case " + caseId));
        if (!material.byCertificate()) {
            throw new ConflictException("Material " + materialId + " is an upload; the registry checks certificates only");
        }
        return check(material, applicantId, bearerToken, true);
    }

    /** Every replica runs this; claiming with {@code skip locked} keeps a material to one replica at a time. */
    @Scheduled(fixedDelayString = "${onestop.processing.registry.recheck-interval}",
            initialDelayString = "${onestop.processing.registry.recheck-interval}")
    void recheckDue() {
        if (!properties.hasServiceToken()) {
            return;
        }
        List<Claimed> due = transactions.execute(status ->
                materials.claimDue(clock.instant(), properties.recheckInterval(), properties.recheckBatch()));
        for (Claimed claimed : due) {
            check(claimed.material(), claimed.applicantId(), properties.serviceToken(), false);
        }
        if (!due.isEmpty()) {
            log.info("Re-checked {} certificate references with the registry", due.size());
        }
    }

    /**
     * Asks the registry and records the answer. A forced check may overturn an earlier answer (a
     * certificate revoked since), but an unreachable registry never undoes one.
     */
    private Material check(Material material, String applicantId, String bearerToken, boolean force) {
        RegistryAnswer answer = registry.verify(material.certificateNumber(), bearerToken);
        RegistryAnswer.Outcome outcome = answer.judge(applicantId);
        Instant now = clock.instant();
        boolean overturn = force && outcome.verification() != Verification.UNVERIFIED;
        return materials.settle(material.id(), outcome, now, now.plus(properties.recheckInterval()), overturn)
                .orElseThrow();
    }

    private static boolean isDue(Material material, Instant now) {
        return material.nextCheckAt() == null || !material.nextCheckAt().isAfter(now);
    }
}
