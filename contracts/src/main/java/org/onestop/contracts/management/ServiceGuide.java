package org.onestop.contracts.management;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * The service guide (办事指南) of an implementation item: everything an applicant reads before
 * applying and everything a case handler or the portal needs to serve it. Codes are the names
 * of docs/design.md §3.1 in upper case; a consumer meeting a code it does not know shows it as it is.
 *
 * @param baseCode             code of the base item (基本目录) this item implements, if any
 * @param level                exercising level: NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP, VILLAGE
 * @param departmentCreditCode unified social credit code of the implementing department (GB 32100)
 * @param serviceObjects       NATURAL_PERSON and/or LEGAL_PERSON
 * @param topics               topic codes of the natural-person and legal-person theme lists
 * @param handlingForm         ONLINE, OFFLINE or BOTH
 * @param caseKind             IMMEDIATE (即办件) or PROMISED (承诺件)
 * @param visits               visits to the hall required: 0, 1, or 2 for two or more; null if not stated
 * @param visitsReason         why visits are needed, when there are any
 * @param onlineDepth          I information, II online pre-review, III online acceptance, IV fully online
 * @param resultType           kind of result, e.g. CERTIFICATE, APPROVAL_DOCUMENT, PAYMENT, CONFIRMATION
 * @param resultName           what the result is called, e.g. 营业执照
 * @param resultCertificateType the e-certificate type the result is issued as, in the codes the materials'
 *                             {@code certificateType} use (e.g. BUSINESS_LICENSE), so that a certificate issued on
 *                             approval can supply the materials of other items; null when the guide names none
 */
public record ServiceGuide(
        String baseCode,
        String level,
        String departmentCreditCode,
        List<String> serviceObjects,
        List<String> topics,
        String handlingForm,
        String caseKind,
        String legalLimitNote,
        String promisedLimitNote,
        Integer visits,
        String visitsReason,
        String onlineDepth,
        String legalBasis,
        List<String> conditions,
        List<ProcessStep> process,
        List<Hall> halls,
        List<Fee> fees,
        List<Material> materials,
        List<Faq> faq,
        String resultType,
        String resultName,
        String resultCertificateType,
        String resultSample,
        boolean bookingSupported,
        boolean paymentSupported,
        boolean postalDeliverySupported,
        boolean selfServiceSupported) {

    public ServiceGuide {
        serviceObjects = listOf(serviceObjects);
        topics = listOf(topics);
        conditions = listOf(conditions);
        process = listOf(process);
        halls = listOf(halls);
        fees = listOf(fees);
        materials = listOf(materials);
        faq = listOf(faq);
    }

    /** A guide that names no certificate type for its result (as guides did before {@code resultCertificateType}). */
    public ServiceGuide(String baseCode, String level, String departmentCreditCode, List<String> serviceObjects,
                        List<String> topics, String handlingForm, String caseKind, String legalLimitNote,
                        String promisedLimitNote, Integer visits, String visitsReason, String onlineDepth,
                        String legalBasis, List<String> conditions, List<ProcessStep> process, List<Hall> halls,
                        List<Fee> fees, List<Material> materials, List<Faq> faq, String resultType, String resultName,
                        String resultSample, boolean bookingSupported, boolean paymentSupported,
                        boolean postalDeliverySupported, boolean selfServiceSupported) {
        this(baseCode, level, departmentCreditCode, serviceObjects, topics, handlingForm, caseKind, legalLimitNote,
                promisedLimitNote, visits, visitsReason, onlineDepth, legalBasis, conditions, process, halls, fees,
                materials, faq, resultType, resultName, null, resultSample, bookingSupported, paymentSupported,
                postalDeliverySupported, selfServiceSupported);
    }

    /** A guide with nothing filled in. */
    public static ServiceGuide empty() {
        return new ServiceGuide(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, false, false, false, false);
    }

    static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * One step of the handling process.
     *
     * @param kind ACCEPTANCE (受理), REVIEW (审查), DECISION (决定), CONCLUSION (办结), DELIVERY (送达) or OTHER
     */
    public record ProcessStep(int order, String name, String kind, String description, Integer limitDays) {
    }

    /** A service hall (办事大厅 or window) where the item is handled. */
    public record Hall(String name, String address, String phone, List<OpeningHours> openingHours,
                       List<BookableWindow> bookableWindows) {

        public Hall {
            openingHours = listOf(openingHours);
            bookableWindows = listOf(bookableWindows);
        }
    }

    /** When a hall is open, e.g. Monday to Friday 09:00-12:00. */
    public record OpeningHours(List<DayOfWeek> days, LocalTime opens, LocalTime closes, String note) {

        public OpeningHours {
            days = listOf(days);
        }
    }

    /**
     * Time a hall can be booked in: from {@code start} to {@code end} in slots of {@code slotMinutes},
     * each taking at most {@code capacityPerSlot} bookings.
     */
    public record BookableWindow(DayOfWeek day, LocalTime start, LocalTime end, int slotMinutes, int capacityPerSlot) {
    }

    /** A fee: its name, standard (amount), legal basis and waivers. */
    public record Fee(String name, String standard, String basis, String waiver) {
    }

    /**
     * A required material.
     *
     * @param form            ORIGINAL, COPY or ELECTRONIC
     * @param necessity       REQUIRED, OPTIONAL or CONDITIONAL (required in some cases, see note)
     * @param source          APPLICANT (申请人自备), GOVERNMENT (政府部门核发), INTERMEDIARY or OTHER
     * @param certificateType e-certificate type that can supply the material by sharing, if any
     */
    public record Material(String name, String form, String necessity, String source, int copies, String blankFormUrl,
                           String exampleUrl, String certificateType, String note) {
    }

    /** A frequently asked question and its answer. */
    public record Faq(String question, String answer) {
    }
}
