package org.onestop.management.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onestop.contracts.management.FormField;
import org.onestop.management.item.domain.ItemType;

/** What an editor sends to draft a new service item. */
record DraftServiceItem(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{4,64}", message = "must be 4 to 64 letters, digits or dashes") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ItemType itemType,
        @NotBlank String regionCode,
        @NotBlank @Size(max = 64) String departmentCode,
        @Size(max = 200) String departmentName,
        @NotNull @Min(0) @Max(3650) Integer legalLimitDays,
        @NotNull @Min(0) @Max(3650) Integer promisedLimitDays,
        List<@Valid FormField> formFields) {

    List<FormField> formFieldsOrEmpty() {
        return formFields == null ? List.of() : formFields;
    }
}
