package org.onestop.management.region.domain;

/** Levels of the administrative division hierarchy (GB/T 2260 and the statistical township codes). */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE
}
