package org.onestop.management.content.domain;

/**
 * The columns of public disclosure (政务公开) and how often each must be updated before it counts
 * as stale (news within 2 weeks, notices and policies within 6 months).
 */
public enum Column {
    NEWS("新闻动态", 14),
    NOTICES("通知公告", 180),
    POLICIES("政策文件", 180),
    INTERPRETATION("政策解读", 180);

    private final String label;
    private final int freshForDays;

    Column(String label, int freshForDays) {
        this.label = label;
        this.freshForDays = freshForDays;
    }

    public String label() {
        return label;
    }

    public int freshForDays() {
        return freshForDays;
    }
}
