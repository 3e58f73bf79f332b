package org.onestop.portal.evaluation;

import org.onestop.portal.evaluation.domain.RectificationDeadline;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rectificationDays working days (the region's calendar) after a bad review (or an upheld appeal) by which the
 *                          department rectifies
 */
@ConfigurationProperties("onestop.evaluation")
record EvaluationProperties(int rectificationDays) {

    RectificationDeadline deadline() {
        return new RectificationDeadline(rectificationDays);
    }
}
