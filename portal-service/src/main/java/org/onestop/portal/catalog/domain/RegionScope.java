package org.onestop.portal.catalog.domain;

import java.util.regex.Pattern;
import org.onestop.platform.rules.RuleViolation;

/**
 * A region filter over GB/T 2260 codes: a region's items and those of its sub-regions share the
 * region's significant prefix (浙江省 330000 → {@code 33}, 杭州市 330100 → {@code 3301}, 西湖区 330106 →
 * {@code 330106}; a 12-digit township 330106001000 → {@code 330106001}).
 */
public record RegionScope(String code, boolean includeSubRegions) {

    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{12}");

    public static RegionScope of(String code, Boolean includeSubRegions) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolation("region", "must be a GB/T 2260 code of 6 or 12 digits");
        }
        return new RegionScope(code, includeSubRegions == null || includeSubRegions);
    }

    /** The prefix every code of the region or one of its sub-regions starts with. */
    public String prefix() {
        if (code.length() == 12) {
            String township = code.substring(0, 9);
            if (code.endsWith("000")) {
                return township.endsWith("000") ? code.substring(0, 6) : township;
            }
            return code;
        }
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
