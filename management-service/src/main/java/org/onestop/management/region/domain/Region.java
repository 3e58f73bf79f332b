package org.onestop.management.region.domain;

/** A region of the master data. */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
