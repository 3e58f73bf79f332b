package org.onestop.management.department;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
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
 * Registers the demo departments of {@code seed/departments.json} that are missing, when
 * {@code onestop.management.demo-data} is on. Replicas starting together take turns on an
 * advisory lock, so each department is registered (and announced) once.
 */
@Component
@Order(1)
class DemoDepartments implements ApplicationRunner {

    static final String LOCK = "select pg_advisory_xact_lock(hashtext('onestop.management.demo-data'))";
    private static final Logger log = LoggerFactory.getLogger(DemoDepartments.class);

    private final DepartmentDirectory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final boolean enabled;

    DemoDepartments(DepartmentDirectory directory, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
                    @Value("${onestop.management.demo-data:false}") boolean enabled) {
        this.directory = directory;
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
        Integer added = transactions.execute(status -> {
            jdbc.sql(LOCK).query().singleRow();
            int count = 0;
            for (DepartmentRequest department : seed.departments()) {
                if (directory.find(department.code()).isEmpty()) {
                    directory.register(department);
                    count++;
                }
            }
            return count;
        });
        if (added != null && added > 0) {
            log.info("Registered {} demo departments", added);
        }
    }

    private SeedFile read() {
        try (InputStream in = new ClassPathResource("seed/departments.json").getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed/departments.json", e);
        }
    }

    record SeedFile(String note, List<DepartmentRequest> departments) {
    }
}
