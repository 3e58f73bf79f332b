package org.onestop.datasharing.resource.domain;

/**
 * What a grant allows on another department's resource: reading its records (pull API and Kafka
 * feed) or publishing records into it (e.g. a district bureau feeding the city's register). The
 * two are granted separately; publishing is never granted without the owner's decision.
 */
public enum GrantRight {
    READ,
    PUBLISH
}
