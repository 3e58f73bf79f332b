package org.onestop.management.item.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.onestop.management.region.domain.RegionLevel;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * A base item (基本目录): the item as the law defines it, which departments in each region
 * implement (claim, 认领) as their own implementation items.
 */
public record BaseItem(String code, String name, ItemType itemType, Level level, String legalBasis) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z-]{6,32}");

    /** A new base item, checked; every broken rule is reported at once. */
    public static BaseItem define(String code, String name, ItemType itemType, Level level, String legalBasis) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "must be 6 to 32 capital letters, digits or dashes"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "must not be blank"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("The base item breaks catalog rules", problems);
        }
        return new BaseItem(code, name, itemType, level, legalBasis);
    }

    /**
     * The content of the implementation item a county or township creates when it claims this
     * base item: name, type, base code and legal basis come from the base item.
     */
    public ItemContent claim(RegionLevel claimingRegion, ItemContent content) {
        if (claimingRegion != RegionLevel.COUNTY && claimingRegion != RegionLevel.TOWNSHIP) {
            throw new RuleViolation("regionCode", "only a county or a township claims base items; this region is a "
                    + claimingRegion);
        }
        return content.implementing(this);
    }
}
