package org.onestop.portal.notification;

import java.util.List;
import org.onestop.portal.identity.AccountDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the demo accounts, the citizens of the README's journey ({@code zhangsan}, {@code acme}) ask to be told by
 * email too, at {@code <username>@example.com} (the local mail server of {@code ./onestop up} keeps what they get).
 * Runs after the accounts are seeded; a choice the person made since is kept.
 */
@Component
@Order
class DemoPreferences implements ApplicationRunner {

    private final AccountDirectory accounts;
    private final NotificationSettings settings;
    private final boolean demo;

    DemoPreferences(AccountDirectory accounts, NotificationSettings settings,
                    @Value("${onestop.identity.demo-accounts:false}") boolean demo) {
        this.accounts = accounts;
        this.settings = settings;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        for (String citizen : List.of("zhangsan", "acme")) {
            accounts.idOf(citizen).ifPresent(id -> settings.emailUnlessSet(id, citizen + "@example.com"));
        }
    }
}
