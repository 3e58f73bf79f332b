package org.onestop.datasharing.resource.domain;

public enum GrantStatus {
    REQUESTED, APPROVED, REFUSED, REVOKED
}
