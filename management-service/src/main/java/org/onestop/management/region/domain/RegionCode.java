package org.onestop.management.region.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A GB/T 2260 region code: six digits for a province ({@code 330000}), city ({@code 330100}) or
 * county ({@code 330106}); twelve digits for a township ({@code 330106013000}) or village.
 */
public final class RegionCode {

    private static final Pattern WELL_FORMED = Pattern.compile("[1-9]\\d{5}|[1-9]\\d{11}");

    public static boolean isWellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }

    /** The level the code's shape says, or empty for a malformed code. */
    public static Optional<RegionLevel> levelOf(String code) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        if (code.length() == 12) {
            return Optional.of(code.endsWith("000") ? RegionLevel.TOWNSHIP : RegionLevel.VILLAGE);
        }
        if (code.endsWith("0000")) {
            return Optional.of(RegionLevel.PROVINCE);
        }
        return Optional.of(code.endsWith("00") ? RegionLevel.CITY : RegionLevel.COUNTY);
    }

    /** The code of the region one level up, or empty for a province or a malformed code. */
    public static Optional<String> parentOf(String code) {
        return levelOf(code).flatMap(level -> {
            switch (level) {
                case VILLAGE:
                    return Optional.of(code.substring(0, 9) + "000");
                case TOWNSHIP:
                    return Optional.of(code.substring(0, 6));
                case COUNTY:
                    return Optional.of(code.substring(0, 4) + "00");
                case CITY:
                    return Optional.of(code.substring(0, 2) + "0000");
                default:
                    return Optional.empty();
            }
        });
    }

    private RegionCode() {
    }
}
