package org.onestop.management.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the demo-data loaders share: whether {@code onestop.management.demo-data} is on, reading
 * their JSON files under {@code seed/}, and one transaction under an advisory lock, so replicas
 * starting together load the data once, all or nothing.
 */
@Component
public class DemoData {

    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('onestop.management.demo-data'))";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final boolean enabled;

    DemoData(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
             @Value("${onestop.management.demo-data:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public <T> T read(String resource, Class<T> type) {
        try (InputStream in = new ClassPathResource("seed/" + resource).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed/" + resource, e);
        }
    }

    /** Runs the loader in one transaction holding the demo-data lock; returns how many things it added. */
    public int underLock(Supplier<Integer> loader) {
        Integer added = transactions.execute(status -> {
            jdbc.sql(LOCK).query().singleRow();
            return loader.get();
        });
        return added == null ? 0 : added;
    }
}
