package org.onestop.management.item.domain;

import java.util.List;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;

/** What an editor writes in one version of an implementation item (实施清单). */
public record ItemContent(
        String name,
        ItemType itemType,
        String regionCode,
        String departmentCode,
        String departmentName,
        int legalLimitDays,
        int promisedLimitDays,
        List<FormField> formFields,
        ServiceGuide guide) {

    public ItemContent {
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
        guide = guide == null ? ServiceGuide.empty() : guide;
    }

    /** The level the guide states. */
    public Level level() {
        return Level.valueOf(guide.level());
    }

    /**
     * The same content with what the master data says: the department's name and credit code,
     * and the region's level when the editor named none.
     */
    public ItemContent withMasterData(String departmentName, String departmentCreditCode, Level regionLevel) {
        String level = guide.level() == null || guide.level().isBlank() ? regionLevel.name() : guide.level();
        return new ItemContent(name, itemType, regionCode, departmentCode, departmentName, legalLimitDays,
                promisedLimitDays, formFields, guideWith(guide.baseCode(), level, departmentCreditCode, guide.legalBasis()));
    }

    /** The content of a claim of the base item: its name, type and code, and its legal basis unless one is given. */
    public ItemContent implementing(BaseItem base) {
        String legalBasis = guide.legalBasis() == null || guide.legalBasis().isBlank() ? base.legalBasis() : guide.legalBasis();
        return new ItemContent(base.name(), base.itemType(), regionCode, departmentCode, departmentName, legalLimitDays,
                promisedLimitDays, formFields, guideWith(base.code(), guide.level(), guide.departmentCreditCode(), legalBasis));
    }

    private ServiceGuide guideWith(String baseCode, String level, String creditCode, String legalBasis) {
        ServiceGuide g = guide;
        return new ServiceGuide(baseCode, level, creditCode, g.serviceObjects(), g.topics(), g.handlingForm(), g.caseKind(),
                g.legalLimitNote(), g.promisedLimitNote(), g.visits(), g.visitsReason(), g.onlineDepth(), legalBasis,
                g.conditions(), g.process(), g.halls(), g.fees(), g.materials(), g.faq(), g.resultType(), g.resultName(),
                g.resultCertificateType(), g.resultSample(), g.bookingSupported(), g.paymentSupported(), g.postalDeliverySupported(),
                g.selfServiceSupported());
    }
}
