package org.onestop.management.department;

import java.util.List;
import org.onestop.management.seed.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Registers (and announces) the demo departments of {@code seed/departments.json} that are missing. */
@Component
@Order(1)
class DemoDepartments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDepartments.class);

    private final DepartmentDirectory directory;
    private final DemoData demoData;

    DemoDepartments(DepartmentDirectory directory, DemoData demoData) {
        this.directory = directory;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.enabled()) {
            return;
        }
        SeedFile seed = demoData.read("departments.json", SeedFile.class);
        int added = demoData.underLock(() -> {
            int count = 0;
            for (DepartmentRequest department : seed.departments()) {
                if (directory.find(department.code()).isEmpty()) {
                    directory.register(department);
                    count++;
                }
            }
            return count;
        });
        if (added > 0) {
            log.info("Registered {} demo departments", added);
        }
    }

    record SeedFile(String note, List<DepartmentRequest> departments) {
    }
}
