package org.onestop.management.item.domain;

import static org.onestop.management.item.domain.CatalogRules.present;

import java.util.ArrayList;
import java.util.List;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceGuide.Hall;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * What a saved guide still lacks: the completeness half of docs/design.md §3.1's guide quality (the rules
 * half is {@link CatalogRules}, enforced on save). A draft may be incomplete; the report says
 * what to fill in, and the score is the share of checks passed.
 */
public final class GuideQuality {

    /** Checks the content and lists each incomplete field once. */
    public static QualityReport of(ItemContent content) {
        ServiceGuide guide = content.guide();
        var report = new Checks();
        report.expect(!guide.serviceObjects().isEmpty(), "guide.serviceObjects", "name who can apply (natural or legal persons)");
        report.expect(!guide.topics().isEmpty(), "guide.topics", "file the item under at least one topic");
        report.expect(present(guide.handlingForm()), "guide.handlingForm", "say whether it is handled online, offline or both");
        report.expect(present(guide.caseKind()), "guide.caseKind", "say whether it is an immediate or a promised case");
        report.expect(guide.visits() != null, "guide.visits", "state how many visits to the hall are needed");
        report.expect(present(guide.onlineDepth()), "guide.onlineDepth", "state the online depth (I to IV)");
        report.expect(present(guide.legalBasis()), "guide.legalBasis", "cite the legal basis");
        report.expect(!guide.conditions().isEmpty(), "guide.conditions", "list the conditions for applying");
        report.expect(!guide.process().isEmpty(), "guide.process", content.itemType() == ItemType.ADMINISTRATIVE_LICENSING
                ? "list the acceptance, review, decision, conclusion and delivery steps" : "list the process steps");
        report.expect(!guide.materials().isEmpty(), "guide.materials", "list the materials to submit");
        report.expect(!guide.halls().isEmpty() || "IV".equals(guide.onlineDepth()), "guide.halls",
                "name the halls where it is handled, with opening hours");
        for (int i = 0; i < guide.halls().size(); i++) {
            report.expect(!guide.halls().get(i).openingHours().isEmpty(), "guide.halls[" + i + "].openingHours",
                    "give the hall's opening hours");
        }
        report.expect(!guide.bookingSupported() || guide.halls().stream().map(Hall::bookableWindows).anyMatch(w -> !w.isEmpty()),
                "guide.bookingSupported", "booking is offered but no hall has bookable windows");
        report.expect(present(guide.resultType()), "guide.resultType", "name the result (certificate, approval, payment ...)");
        report.expect(!content.formFields().isEmpty() || "OFFLINE".equals(guide.handlingForm()), "formFields",
                "define the online application form");
        report.expect(!guide.faq().isEmpty(), "guide.faq", "answer the frequently asked questions");
        report.expect(present(guide.baseCode()), "guide.baseCode", "name the base item (基本目录) this item implements");
        return report.result();
    }

    /** The findings and the share of checks passed (0 to 100). */
    public record QualityReport(int score, List<FieldProblem> findings) {

        public boolean complete() {
            return findings.isEmpty();
        }
    }

    private static final class Checks {

        private final List<FieldProblem> findings = new ArrayList<>();
        private int total;

        void expect(boolean fulfilled, String field, String message) {
            total++;
            if (!fulfilled) {
                findings.add(new FieldProblem(field, message));
            }
        }

        QualityReport result() {
            return new QualityReport(Math.round(100f * (total - findings.size()) / total), List.copyOf(findings));
        }
    }

    private GuideQuality() {
    }
}
