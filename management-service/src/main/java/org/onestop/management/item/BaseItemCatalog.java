package org.onestop.management.item;

import java.time.Clock;
import org.onestop.management.item.BaseItemRepository.ClaimView;
import org.onestop.management.item.domain.BaseItem;
import org.onestop.management.item.domain.ItemType;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The base catalog (基本目录) and who has claimed what from it. */
@Service
class BaseItemCatalog {

    private final BaseItemRepository baseItems;
    private final Clock clock;

    BaseItemCatalog(BaseItemRepository baseItems, Clock clock) {
        this.baseItems = baseItems;
        this.clock = clock;
    }

    @Transactional
    BaseItem define(DefineBaseItem request) {
        BaseItem item = BaseItem.define(request.code(), request.name(), request.itemType(), request.level(),
                request.legalBasis());
        if (baseItems.find(item.code()).isPresent()) {
            throw new ConflictException("Base item " + item.code() + " already exists");
        }
        baseItems.insert(item, clock.instant());
        return item;
    }

    @Transactional(readOnly = true)
    BaseItem find(String code) {
        return baseItems.find(code).orElseThrow(() -> new NotFoundException("No base item " + code));
    }

    @Transactional(readOnly = true)
    PageResponse<BaseItem> page(ItemType type, PageRequest page) {
        return PageResponse.of(baseItems.page(type, page), page, baseItems.count(type));
    }

    @Transactional(readOnly = true)
    PageResponse<ClaimView> claims(String baseCode, String regionCode, PageRequest page) {
        return PageResponse.of(baseItems.claims(baseCode, regionCode, page), page, baseItems.countClaims(baseCode, regionCode));
    }
}
