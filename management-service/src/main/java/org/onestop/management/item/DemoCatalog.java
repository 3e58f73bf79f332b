package org.onestop.management.item;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.onestop.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo catalog of {@code seed/catalog.json} (base items and Hangzhou/Zhejiang
 * implementation items) when the catalog is empty and {@code onestop.management.demo-data} is on.
 * Each item goes the ordinary way, drafted by one system account and reviewed and published by
 * another, so the portal and processing receive it as any published version. One transaction
 * under the demo-data advisory lock: replicas starting together load it once, all or nothing.
 */
@Component
@Order(2)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('onestop.management.demo-data'))";
    private static final CurrentUser EDITOR = new CurrentUser("catalog-seed", "catalog-seed", "目录初始化", List.of("ADMIN"),
            null, null);
    private static final CurrentUser REVIEWER = new CurrentUser("catalog-seed-review", "catalog-seed-review", "目录初始化审核",
            List.of("ADMIN"), null, null);

    private final ServiceItemCatalog catalog;
    private final BaseItemCatalog baseItems;
    private final ServiceItemRepository items;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final boolean enabled;

    DemoCatalog(ServiceItemCatalog catalog, BaseItemCatalog baseItems, ServiceItemRepository items, JdbcClient jdbc,
                TransactionTemplate transactions, JsonMapper json,
                @Value("${onestop.management.demo-data:false}") boolean enabled) {
        this.catalog = catalog;
        this.baseItems = baseItems;
        this.items = items;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SeedFile seed = read();
        Integer published = transactions.execute(status -> {
            jdbc.sql(LOCK).query().singleRow();
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
        if (published != null && published > 0) {
            log.info("Published the demo catalog: {} items", published);
        }
    }

    private SeedFile read() {
        try (InputStream in = new ClassPathResource("seed/catalog.json").getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed/catalog.json", e);
        }
    }

    record SeedFile(String note, List<DefineBaseItem> baseItems, List<DraftServiceItem> items) {
    }
}
