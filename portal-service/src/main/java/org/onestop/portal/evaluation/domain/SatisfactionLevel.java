package org.onestop.portal.evaluation.domain;

/** The five levels of 好差评; the last two are bad reviews (差评). */
public enum SatisfactionLevel {
    VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
