package org.onestop.processing.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.platform.problem.ConflictException;

/** A case (办件): one submitted application as a department handles it. */
public record CaseFile(
        UUID id,
        String applicationId,
        String trackingNumber,
        String itemCode,
        int itemVersion,
        String itemName,
        String applicantId,
        String applicantName,
        String regionCode,
        String departmentCode,
        String channel,
        CaseState state,
        Instant receivedAt,
        Instant acceptedAt,
        long rowVersion) {

    /** Opens a case for a submitted application (收件). */
    public static Received receive(ApplicationSubmitted submitted, Instant now) {
        var file = new CaseFile(UUID.randomUUID(), submitted.applicationId(), submitted.trackingNumber(),
                submitted.itemCode(), submitted.itemVersion(), submitted.itemName(), submitted.applicantId(),
                submitted.applicantName(), submitted.regionCode(), submitted.departmentCode(), submitted.channel(),
                CaseState.SUBMITTED, now, null, 0);
        var event = new CaseReceived(file.id().toString(), file.applicationId(), file.trackingNumber(), file.itemCode(),
                file.itemVersion(), file.regionCode(), file.departmentCode(), file.channel(), now);
        return new Received(file, event);
    }

    /** Accepts the case (受理): only a submitted case can be accepted. */
    public Accepted accept(String clerk, String opinion, String channel, Instant now) {
        if (state != CaseState.SUBMITTED) {
            throw new ConflictException("A case that is " + state + " cannot be accepted",
                    Map.of("state", state.name(), "allowedActions", allowedActions()));
        }
        var accepted = new CaseFile(id, applicationId, trackingNumber, itemCode, itemVersion, itemName, applicantId,
                applicantName, regionCode, departmentCode, this.channel, CaseState.ACCEPTED, receivedAt, now, rowVersion);
        var event = new CaseAccepted(id.toString(), applicationId, trackingNumber, clerk, opinion, regionCode,
                departmentCode, channel, now);
        return new Accepted(accepted, event);
    }

    /** What can be done to the case now; the processing issue adds the rest of the state machine. */
    public List<String> allowedActions() {
        return state == CaseState.SUBMITTED ? List.of("accept") : List.of();
    }

    public record Received(CaseFile file, CaseReceived event) {
    }

    public record Accepted(CaseFile file, CaseAccepted event) {
    }
}
