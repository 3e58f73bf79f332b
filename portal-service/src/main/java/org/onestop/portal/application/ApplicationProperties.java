package org.onestop.portal.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code onestop.applications}: limits on form data, drafts and materials, and on the anonymous progress inquiry.
 *
 * @param maxFileSize                 the largest file one material may have (above it: 413)
 * @param maxFilesPerApplication      files one draft or application may hold (above it: 409)
 * @param inquiryAttempts             anonymous inquiries per tracking number within {@code inquiryWindow} (above it: 429)
 * @param maxFormFields               fields of the form data of one draft or application (above it: 400)
 * @param maxFormDataSize             the form data of one draft or application as JSON (above it: 400)
 * @param maxDraftsPerAccount         drafts one applicant keeps at once (one more: 409)
 * @param maxPendingFilesPerAccount   uploaded files not yet handed in, over all of one applicant's drafts and
 *                                    corrections (one more: 409)
 * @param maxReferencesPerApplication e-certificate references one draft or application may hold (one more: 409)
 * @param inquiryAttemptsPerClient    anonymous inquiries from one client address within {@code inquiryWindow}, whatever
 *                                    the tracking numbers (above it: 429)
 */
@ConfigurationProperties("onestop.applications")
record ApplicationProperties(@DefaultValue("10MB") DataSize maxFileSize,
                             @DefaultValue("20") int maxFilesPerApplication,
                             @DefaultValue("20") int inquiryAttempts,
                             @DefaultValue("15m") Duration inquiryWindow,
                             @DefaultValue("100") int maxFormFields,
                             @DefaultValue("256KB") DataSize maxFormDataSize,
                             @DefaultValue("20") int maxDraftsPerAccount,
                             @DefaultValue("100") int maxPendingFilesPerAccount,
                             @DefaultValue("20") int maxReferencesPerApplication,
                             @DefaultValue("60") int inquiryAttemptsPerClient) {
}
