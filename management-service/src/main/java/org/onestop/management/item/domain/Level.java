package org.onestop.management.item.domain;

import org.onestop.management.region.domain.RegionLevel;

/** Exercising level (行使层级) of an item. */
public enum Level {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP, VILLAGE;

    /** The level an item of a region is exercised at, unless the editor says otherwise. */
    public static Level ofRegion(RegionLevel region) {
        switch (region) {
            case PROVINCE:
                return PROVINCIAL;
            case CITY:
                return MUNICIPAL;
            case COUNTY:
                return COUNTY;
            case TOWNSHIP:
                return TOWNSHIP;
            default:
                return VILLAGE;
        }
    }
}
