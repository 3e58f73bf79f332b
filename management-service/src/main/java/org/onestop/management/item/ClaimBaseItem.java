package org.onestop.management.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.management.item.domain.ItemContent;

/** A county or township claims (认领) a base item: what it adds to make its implementation item. */
record ClaimBaseItem(
        @NotBlank String code,
        @NotBlank String regionCode,
        @NotBlank String departmentCode,
        @NotNull @Min(0) @Max(3650) Integer legalLimitDays,
        @NotNull @Min(0) @Max(3650) Integer promisedLimitDays,
        List<@Valid FormField> formFields,
        ServiceGuide guide) {

    /** The content before the base item fills in its name, type, code and legal basis. */
    ItemContent content() {
        return new ItemContent(null, null, regionCode, departmentCode, null, legalLimitDays, promisedLimitDays,
                formFields, guide);
    }
}
