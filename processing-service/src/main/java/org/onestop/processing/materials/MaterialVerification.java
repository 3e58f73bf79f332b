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
 * scheduler (with processing's own client-credentials token), when staff open the case (with
 * theirs), or when staff ask for it.
 */
@Service
public class MaterialVerification {

    private static final Logger log = LoggerFactory.getLogger(MaterialVerification.class);

    private final CaseMaterials materials;
    private final CertificateRegistryClient registry;
    private final ServiceToken serviceToken;
    private final RegistryProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MaterialVerification(CaseMaterials materials, CertificateRegistryClient registry, ServiceToken serviceToken,
                         RegistryProperties properties, TransactionTemplate transactions, Clock clock) {
        this.materials = materials;
        this.registry = registry;
        this.serviceToken = serviceToken;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Right after intake or a correction answer: checks the case's new certificate references with
     * processing's own token, if it has a machine client (otherwise they wait for staff to open the case).
     */
    public void checkNewCase(UUID caseId, String applicantId) {
        if (!serviceToken.configured()) {
            log.debug("No machine client for the registry: materials of case {} wait for staff", caseId);
            return;
        }
        List<Material> due = dueOf(caseId);
        if (due.isEmpty()) {
            return;
        }
        ServiceToken.Attempt token = serviceToken.current();
        for (Material material : due) {
            record(material, applicantId, askWith(token, material), false);
        }
    }

    /** Checks those of the case's certificate references that are due (unchecked, or unanswered past their pause). */
    public void checkDue(UUID caseId, String applicantId, String bearerToken) {
        for (Material material : dueOf(caseId)) {
            record(material, applicantId, registry.verify(material.certificateNumber(), bearerToken), false);
        }
    }

    /** A member of staff asks for a check of one certificate reference now, whatever it stood at. */
    public Material checkNow(UUID caseId, UUID materialId, String applicantId, String bearerToken) {
        Material material = materials.find(caseId, materialId)
                .orElseThrow(() -> new NotFoundException("No material " + materialId + " on case " + caseId));
        if (!material.byCertificate()) {
            throw new ConflictException("Material " + materialId + " is an upload; the registry checks certificates only");
        }
        return record(material, applicantId, registry.verify(material.certificateNumber(), bearerToken), true);
    }

    /** Every replica runs this; claiming with {@code skip locked} keeps a material to one replica at a time. */
    @Scheduled(fixedDelayString = "${onestop.processing.registry.recheck-interval}",
            initialDelayString = "${onestop.processing.registry.recheck-interval}")
    void recheckDue() {
        if (!serviceToken.configured()) {
            return;
        }
        List<Claimed> due = transactions.execute(status ->
                materials.claimDue(clock.instant(), properties.recheckInterval(), properties.recheckBatch()));
        if (due.isEmpty()) {
            return;
        }
        ServiceToken.Attempt token = serviceToken.current();
        for (Claimed claimed : due) {
            record(claimed.material(), claimed.applicantId(), askWith(token, claimed.material()), false);
        }
        log.info("Re-checked {} certificate references with the registry", due.size());
    }

    private List<Material> dueOf(UUID caseId) {
        Instant now = clock.instant();
        return materials.of(caseId).stream().filter(material -> material.awaitsRegistry() && isDue(material, now))
                .toList();
    }

    /** The registry's answer asked with processing's own token; without a token, the registry is not reached. */
    private RegistryAnswer askWith(ServiceToken.Attempt token, Material material) {
        if (!token.obtained()) {
            return RegistryAnswer.unreachable("no token of processing's own from the portal: " + token.failure());
        }
        return registry.verify(material.certificateNumber(), token.token());
    }

    /**
     * Records the registry's answer. A forced check may overturn an earlier answer (a certificate
     * revoked since), but an unreachable registry never undoes one.
     */
    private Material record(Material material, String applicantId, RegistryAnswer answer, boolean force) {
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
