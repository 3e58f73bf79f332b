package org.onestop.portal.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code onestop.applications}: limits on materials and on the anonymous progress inquiry.
 *
 * @param maxFileSize            the largest file one material may have (above it: 413)
 * @param maxFilesPerApplication files one draft or application may hold (above it: 409)
 * @param inquiryAttempts        anonymous inquiries per tracking number within {@code inquiryWindow} (above it: 429)
 */
@ConfigurationProperties("onestop.applications")
record ApplicationProperties(@DefaultValue("10MB") DataSize maxFileSize,
                             @DefaultValue("20") int maxFilesPerApplication,
                             @DefaultValue("20") int inquiryAttempts,
                             @DefaultValue("15m") Duration inquiryWindow) {
}
