package org.onestop.processing.cases.domain;

/** The states of a case (办件), docs/design.md §3.2. */
public enum CaseState {
    SUBMITTED,              // 收件
    ACCEPTED,               // 受理
    NOT_ACCEPTED,           // 不予受理
    CORRECTION_REQUESTED,   // 补正
    UNDER_REVIEW,           // 审查
    SUSPENDED,              // 挂起
    CONCLUDED,              // 办结
    DELIVERED,              // 送达
    WITHDRAWN               // 撤回
}
