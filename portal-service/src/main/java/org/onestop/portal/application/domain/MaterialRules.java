package org.onestop.portal.application.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * What the item's guide asks of the materials: each named material is one the guide lists, an
 * e-certificate stands in only where the guide names its type and only when it is the
 * applicant's own and valid, and nothing the guide requires is missing at submission. A form
 * field of type {@code file} is a material too: the file is uploaded under the field's label, and
 * a required one that is missing is named by its field ({@code formData.<code>}).
 */
public final class MaterialRules {

    /**
     * A material as supplied.
     *
     * @param certificateNumber the referenced e-certificate, or null for an upload
     * @param certificate       that certificate as the registry knows it, or null when it knows none
     */
    public record Supplied(String name, String certificateNumber, CertificateFacts certificate) {
    }

    /** @param status VALID, REVOKED, EXPIRED or NOT_YET_VALID */
    public record CertificateFacts(String holderId, String certificateType, String status) {
    }

    /** The guide's material of this name, or null. */
    public static ServiceGuide.Material find(ServiceGuide guide, String name) {
        return materialsOf(guide).stream().filter(m -> Objects.equals(m.name(), name)).findFirst().orElse(null);
    }

    /** Problems with a name neither the guide nor a file field of the form lists (uploads to a draft and submissions). */
    public static List<FieldProblem> unknownNames(ServiceGuide guide, List<FormField> form, Collection<String> names) {
        Set<String> fileFields = Set.copyOf(fileFieldsOf(form).stream().map(FormField::label).toList());
        return names.stream().distinct().filter(name -> find(guide, name) == null && !fileFields.contains(name))
                .map(name -> new FieldProblem(field(name), "is not a material of this item"))
                .toList();
    }

    /** Problems with the e-certificates referenced, one per material. */
    public static List<FieldProblem> certificateProblems(ServiceGuide guide, List<Supplied> supplied, String applicantId) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Supplied material : supplied) {
            if (material.certificateNumber() == null) {
                continue;
            }
            String problem = certificateProblem(find(guide, material.name()), material, applicantId);
            if (problem != null) {
                problems.add(new FieldProblem(field(material.name()), problem));
            }
        }
        return problems;
    }

    /** One problem per material the guide, or a required file field, asks for that is not among the supplied names. */
    public static List<FieldProblem> missingRequired(ServiceGuide guide, List<FormField> form,
                                                     Collection<String> suppliedNames) {
        Set<String> supplied = Set.copyOf(suppliedNames);
        List<FieldProblem> problems = new ArrayList<>(materialsOf(guide).stream()
                .filter(m -> "REQUIRED".equals(m.necessity()) && !supplied.contains(m.name()))
                .map(m -> new FieldProblem(field(m.name()), "is required"))
                .toList());
        fileFieldsOf(form).stream().filter(f -> f.required() && !supplied.contains(f.label()))
                .forEach(f -> problems.add(new FieldProblem("formData." + f.code(), f.label() + " is required (upload it)")));
        return problems;
    }

    /** The form's fields of type {@code file}, whose values are uploads named by their labels. */
    public static List<FormField> fileFieldsOf(List<FormField> form) {
        return form == null ? List.of() : form.stream().filter(f -> FormCheck.FILE.equals(f.type())).toList();
    }

    private static String certificateProblem(ServiceGuide.Material wanted, Supplied material, String applicantId) {
        CertificateFacts certificate = material.certificate();
        if (certificate == null || !Objects.equals(certificate.holderId(), applicantId)) {
            return "e-certificate " + material.certificateNumber() + " is not one of yours";
        }
        if (!"VALID".equals(certificate.status())) {
            return "e-certificate " + material.certificateNumber() + " is " + certificate.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        if (wanted == null || wanted.certificateType() == null || wanted.certificateType().isBlank()) {
            return "cannot be supplied by an e-certificate";
        }
        if (!wanted.certificateType().equals(certificate.certificateType())) {
            return "accepts only an e-certificate of type " + wanted.certificateType();
        }
        return null;
    }

    private static List<ServiceGuide.Material> materialsOf(ServiceGuide guide) {
        return guide == null || guide.materials() == null ? List.of() : guide.materials();
    }

    public static String field(String materialName) {
        return "materials." + materialName;
    }

    private MaterialRules() {
    }
}
