package org.onestop.portal.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.platform.web.PageRequest;
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
                .query((rs, n) -> account(rs))
                .optional();
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql("select * from account where id = ?").param(id)
                .query((rs, n) -> account(rs))
                .optional();
    }

    Optional<Profile> profileOf(UUID id) {
        return jdbc.sql("select * from account where id = ?").param(id)
                .query((rs, n) -> profile(rs))
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from account where 'ADMIN' = any (roles))").query(Boolean.class).single();
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

    /**
     * Inserts a new account with its identifiers; a taken username, identity number (by its
     * lookup hash) or credit code fails with a duplicate-key error naming the constraint.
     */
    void insert(Account account, Identifiers identifiers, UUID createdBy) {
        jdbc.sql("""
                insert into account (id, username, password_hash, display_name, account_type, roles, department_code,
                                     region_code, identity_number_cipher, identity_number_hash, credit_code,
                                     legal_representative, mobile, created_by)
                values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account.id(), account.username(), account.passwordHash(), account.displayName(),
                        account.type().name(), String.join(",", account.roles()), account.departmentCode(),
                        account.regionCode(), identifiers.identityNumberCipher(), identifiers.identityNumberHash(),
                        identifiers.creditCode(), identifiers.legalRepresentative(), identifiers.mobile(), createdBy)
                .update();
    }

    void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    /** The account's own new password: it no longer has to change it. */
    void changePassword(UUID id, String passwordHash) {
        jdbc.sql("update account set password_hash = ?, password_change_required = false where id = ?")
                .params(passwordHash, id).update();
    }

    /** An administrator's reset: a password the account must change, and its access tokens so far refused. */
    void resetPassword(UUID id, String passwordHash, UUID by, Instant at) {
        jdbc.sql("""
                update account set password_hash = ?, password_change_required = true,
                    password_version = password_version + 1, password_reset_at = ?, password_reset_by = ?
                where id = ?""")
                .params(passwordHash, Timestamp.from(at), by, id)
                .update();
    }

    /** Whether a token of the account with this password version is still good: active and not reset since. */
    boolean acceptsTokenOf(UUID id, int passwordVersion) {
        return jdbc.sql("select status = 'ACTIVE' and password_version <= ? from account where id = ?")
                .params(passwordVersion, id)
                .query(Boolean.class).optional().orElse(true);
    }

    /** Disables an active account; false when it was disabled already. */
    boolean disable(UUID id, UUID by, Instant at) {
        return jdbc.sql("""
                update account set status = 'DISABLED', disabled_at = ?, disabled_by = ?
                where id = ? and status = 'ACTIVE'""")
                .params(Timestamp.from(at), by, id)
                .update() == 1;
    }

    /** The active staff of a department holding any of these roles. */
    List<UUID> activeStaffWith(String departmentCode, java.util.Collection<String> roles) {
        return jdbc.sql("""
                select id from account
                where account_type = 'STAFF' and status = 'ACTIVE' and department_code = ? and roles && cast(? as text[])
                order by created_at""")
                .params(departmentCode, "{" + String.join(",", roles) + "}")
                .query(UUID.class)
                .list();
    }

    List<Profile> staffPage(String departmentCode, PageRequest page) {
        return jdbc.sql("""
                select * from account where account_type = 'STAFF' and (cast(? as text) is null or department_code = ?)
                order by created_at, username limit ? offset ?""")
                .params(departmentCode, departmentCode, page.size(), page.offset())
                .query((rs, n) -> profile(rs))
                .list();
    }

    long staffCount(String departmentCode) {
        return jdbc.sql("""
                select count(*) from account where account_type = 'STAFF' and (cast(? as text) is null or department_code = ?)""")
                .params(departmentCode, departmentCode)
                .query(Long.class).single();
    }

    /** The identifiers a self-registered account keeps next to its credentials; null where they do not apply. */
    record Identifiers(byte[] identityNumberCipher, String identityNumberHash, String creditCode,
                       String legalRepresentative, String mobile) {

        static Identifiers none() {
            return new Identifiers(null, null, null, null, null);
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("password_hash"), rs.getString("display_name"),
                Account.AccountType.valueOf(rs.getString("account_type")), roles(rs.getArray("roles")),
                rs.getString("department_code"), rs.getString("region_code"), "ACTIVE".equals(rs.getString("status")),
                rs.getBoolean("password_change_required"), rs.getInt("password_version"));
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Account.AccountType.valueOf(rs.getString("account_type")), roles(rs.getArray("roles")),
                rs.getString("department_code"), rs.getString("region_code"), "ACTIVE".equals(rs.getString("status")),
                rs.getBytes("identity_number_cipher"), rs.getString("credit_code"), rs.getString("legal_representative"),
                rs.getString("mobile"), rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> roles(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
