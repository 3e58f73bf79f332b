package org.onestop.portal.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select * from account where username = ?").param(username)
                .query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("password_hash"), rs.getString("display_name"),
                        Account.AccountType.valueOf(rs.getString("account_type")), roles(rs.getArray("roles")),
                        rs.getString("department_code"), rs.getString("region_code")))
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    void insertIfAbsent(Account account) {
        jdbc.sql("""
                insert into account (id, username, password_hash, display_name, account_type, roles, department_code, region_code)
                values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?) on conflict (username) do nothing""")
                .params(account.id(), account.username(), account.passwordHash(), account.displayName(),
                        account.type().name(), String.join(",", account.roles()), account.departmentCode(),
                        account.regionCode())
                .update();
    }

    private static java.util.List<String> roles(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
