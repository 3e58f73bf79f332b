package org.onestop.management.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.management.item.domain.ItemContent;
import org.onestop.management.item.domain.ItemType;
import org.onestop.platform.web.EntityTags;

/**
 * An implementation item as an editor writes it: to draft it, edit a draft, start a new version,
 * import it, and as export gives it back. The department's name and credit code come from the
 * master data ({@code departmentName} is only read back); the level defaults to the region's.
 *
 * @param expectedRevision the {@code revision} last read; required when editing a draft, ignored otherwise
 */
record DraftServiceItem(
        @NotBlank String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ItemType itemType,
        @NotBlank String regionCode,
        @NotBlank @Size(max = 64) String departmentCode,
        @Size(max = 200) String departmentName,
        @NotNull @Min(0) @Max(3650) Integer legalLimitDays,
        @NotNull @Min(0) @Max(3650) Integer promisedLimitDays,
        List<@Valid FormField> formFields,
        ServiceGuide guide,
        Long expectedRevision) {

    /** The same with the revision If-Match names (the body's own field is deprecated; both must agree). */
    DraftServiceItem over(String ifMatch) {
        return new DraftServiceItem(code, name, itemType, regionCode, departmentCode, departmentName, legalLimitDays,
                promisedLimitDays, formFields, guide, EntityTags.expected(ifMatch, expectedRevision));
    }

    ItemContent content() {
        return new ItemContent(name, itemType, regionCode, departmentCode, departmentName, legalLimitDays,
                promisedLimitDays, formFields, guide);
    }

    static DraftServiceItem of(String code, ItemContent content) {
        return new DraftServiceItem(code, content.name(), content.itemType(), content.regionCode(),
                content.departmentCode(), content.departmentName(), content.legalLimitDays(), content.promisedLimitDays(),
                content.formFields(), content.guide(), null);
    }
}
