package org.onestop.processing.cases.domain;

import java.util.List;

/**
 * Where a case is within its state: the review step it waits at, the state a correction or
 * suspension returns to, what a pending correction asks for, and the decision and delivery.
 */
public record Handling(String reviewStep, CaseState returnState, List<String> missingItems, int correctionRounds,
                       Outcome outcome, String outcomeReasons, DeliveryMethod deliveryMethod) {

    public enum Outcome { APPROVED, DENIED }

    public enum DeliveryMethod { ONLINE, POST, HALL }

    public Handling {
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
    }

    static Handling none() {
        return new Handling(null, null, List.of(), 0, null, null, null);
    }

    Handling atStep(String step) {
        return new Handling(step, null, List.of(), correctionRounds, outcome, outcomeReasons, deliveryMethod);
    }

    Handling awaitingCorrection(CaseState from, List<String> missing) {
        return new Handling(reviewStep, from, missing, correctionRounds + 1, outcome, outcomeReasons, deliveryMethod);
    }

    Handling suspendedFrom(CaseState from) {
        return new Handling(reviewStep, from, List.of(), correctionRounds, outcome, outcomeReasons, deliveryMethod);
    }

    Handling returned() {
        return new Handling(reviewStep, null, List.of(), correctionRounds, outcome, outcomeReasons, deliveryMethod);
    }

    Handling decided(Outcome decided, String reasons) {
        return new Handling(null, null, List.of(), correctionRounds, decided, reasons, deliveryMethod);
    }

    Handling deliveredBy(DeliveryMethod method) {
        return new Handling(null, null, List.of(), correctionRounds, outcome, outcomeReasons, method);
    }
}
