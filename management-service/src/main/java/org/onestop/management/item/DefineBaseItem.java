package org.onestop.management.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onestop.management.item.domain.ItemType;
import org.onestop.management.item.domain.Level;

/** A base item (基本目录) as an administrator or editor defines it. */
record DefineBaseItem(@NotBlank String code, @NotBlank @Size(max = 200) String name, @NotNull ItemType itemType,
                      @NotNull Level level, String legalBasis) {
}
