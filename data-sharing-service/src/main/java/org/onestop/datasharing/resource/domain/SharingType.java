package org.onestop.datasharing.resource.domain;

/** How a resource may be shared (共享类型). */
public enum SharingType {
    /** 无条件共享: every department may use it; a grant request is approved at once. */
    UNCONDITIONAL,
    /** 有条件共享: the owner decides each request. */
    CONDITIONAL,
    /** 不予共享: listed for the owner only; no grant can be requested. */
    NOT_SHARED
}
