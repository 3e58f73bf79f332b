package org.onestop.portal.evaluation.domain;

/** The online dimensions of an evaluation, 1 (worst) to 5 (best), each null when not given. */
public record Dimensions(Integer overall, Integer efficiency, Integer guideAccuracy, Integer convenience,
                         Integer usability) {

    public static final Dimensions NONE = new Dimensions(null, null, null, null, null);
}
