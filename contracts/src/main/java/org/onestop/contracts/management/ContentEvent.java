package org.onestop.contracts.management;

import org.onestop.contracts.DomainEvent;

/** Events of public-disclosure content (政务公开) on {@code management.content.v1}. */
public sealed interface ContentEvent extends DomainEvent permits ArticlePublished, ArticleWithdrawn {

    String articleId();

    @Override
    default String aggregateId() {
        return articleId();
    }

    @Override
    default String subject() {
        return articleId();
    }
}
