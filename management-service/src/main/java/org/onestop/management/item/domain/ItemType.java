package org.onestop.management.item.domain;

/** The eight kinds of government service item. */
public enum ItemType {
    ADMINISTRATIVE_LICENSING,      // 行政许可
    ADMINISTRATIVE_PAYMENT,        // 行政给付
    ADMINISTRATIVE_COLLECTION,     // 行政征收
    ADMINISTRATIVE_CONFIRMATION,   // 行政确认
    ADMINISTRATIVE_REWARD,         // 行政奖励
    ADMINISTRATIVE_ADJUDICATION,   // 行政裁决
    OTHER_ADMINISTRATIVE_POWER,    // 其他行政权力
    PUBLIC_SERVICE                 // 公共服务
}
