package org.onestop.portal.identity;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.onestop.portal.identity.Account.AccountType;
import org.onestop.portal.identity.domain.AccountRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo accounts listed in docs/api-reference.md, and the demo machine client that
 * processing-service uses for its registry checks under {@code ./onestop up}, once, when enabled (before the other
 * demo data that names them, such as notification.DemoPreferences).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "onestop-demo";
    static final String DEPARTMENT = "330100-AMR";
    static final String REGION = "330100";
    static final String MACHINE_CLIENT_ID = "onestop-processing";
    static final String MACHINE_CLIENT_SECRET = "onestop-demo-secret";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final MachineClientRepository machineClients;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, MachineClientRepository machineClients, PasswordEncoder passwords,
                 IdentityProperties properties, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.machineClients = machineClients;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoAccounts()) {
            return;
        }
        List<Account> demo = List.of(
                account("admin", "平台管理员", AccountType.ADMINISTRATOR, List.of("ADMIN"), null, null),
                account("zhangsan", "张三", AccountType.NATURAL_PERSON, List.of("CITIZEN"), null, null),
                account("acme", "杭州示例科技有限公司", AccountType.LEGAL_PERSON, List.of("LEGAL_PERSON"), null, null),
                account("clerk", "李受理", AccountType.STAFF, List.of("STAFF", "CLERK"), DEPARTMENT, REGION),
                account("editor", "陈编辑", AccountType.STAFF, List.of("STAFF", "EDITOR"), DEPARTMENT, REGION),
                account("reviewer", "王审查", AccountType.STAFF, List.of("STAFF", "REVIEWER"), DEPARTMENT, REGION),
                account("approver", "陈审批", AccountType.STAFF, List.of("STAFF", "APPROVER"), DEPARTMENT, REGION),
                account("supervisor", "赵监察", AccountType.STAFF, List.of("STAFF", "SUPERVISOR"), DEPARTMENT, REGION));
        int added = 0;
        for (Account account : demo) {
            if (!accounts.exists(account.username())) {
                accounts.insertIfAbsent(account);
                added++;
            }
        }
        if (added > 0) {
            log.info("Seeded {} demo accounts (password '{}')", added, PASSWORD);
        }
        if (machineClients.find(MACHINE_CLIENT_ID).isEmpty() && machineClients.insertIfAbsent(new MachineClient(
                MACHINE_CLIENT_ID, "业务办理系统 (processing-service)", DEPARTMENT, REGION,
                List.of(AccountRules.DEPARTMENT_SYSTEM), passwords.encode(MACHINE_CLIENT_SECRET), true,
                clock.instant().truncatedTo(ChronoUnit.MICROS), null, null, null, null))) {
            log.info("Seeded the demo machine client '{}' (secret '{}')", MACHINE_CLIENT_ID, MACHINE_CLIENT_SECRET);
        }
    }

    private Account account(String username, String name, AccountType type, List<String> roles, String department,
                            String region) {
        return new Account(UUID.randomUUID(), username, passwords.encode(PASSWORD), name, type, roles, department, region);
    }
}
