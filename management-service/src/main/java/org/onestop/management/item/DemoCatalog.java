package org.onestop.management.item;

import java.util.List;
import org.onestop.management.seed.DemoData;
import org.onestop.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalog of {@code seed/catalog.json} (base items and Hangzhou/Zhejiang
 * implementation items) when the catalog is empty. Each item goes the ordinary way, drafted by one
 * system account and reviewed and published by another, so the portal and processing receive it
 * as any published version.
 */
@Component
@Order(2)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final CurrentUser EDITOR = new CurrentUser("catalog-seed", "catalog-seed", "目录初始化", List.of("ADMIN"),
            null, null);
    private static final CurrentUser REVIEWER = new CurrentUser("catalog-seed-review", "catalog-seed-review", "目录初始化审核",
            List.of("ADMIN"), null, null);

    private final ServiceItemCatalog catalog;
    private final BaseItemCatalog baseItems;
    private final ServiceItemRepository items;
    private final DemoData demoData;

    DemoCatalog(ServiceItemCatalog catalog, BaseItemCatalog baseItems, ServiceItemRepository items, DemoData demoData) {
        this.catalog = catalog;
        this.baseItems = baseItems;
        this.items = items;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.enabled()) {
            return;
        }
        SeedFile seed = demoData.read("catalog.json", SeedFile.class);
        int published = demoData.underLock(() -> {
            if (!items.isEmpty()) {
                return 0;
            }
            seed.baseItems().forEach(baseItems::define);
            for (DraftServiceItem item : seed.items()) {
                var drafted = catalog.draft(item, EDITOR);
                catalog.submit(drafted.id(), LifecycleRequest.NONE, EDITOR);
                catalog.approve(drafted.id(), LifecycleRequest.NONE, REVIEWER);
            }
            return seed.items().size();
        });
        if (published > 0) {
            log.info("Published the demo catalog: {} items", published);
        }
    }

    record SeedFile(String note, List<DefineBaseItem> baseItems, List<DraftServiceItem> items) {
    }
}
