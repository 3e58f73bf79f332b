package org.onestop.portal.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.onestop.platform.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MachineClientRepository {

    private final JdbcClient jdbc;

    MachineClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MachineClient> find(String clientId) {
        return jdbc.sql("select * from machine_client where client_id = ?").param(clientId)
                .query((rs, n) -> client(rs))
                .optional();
    }

    /** Inserts the client; false when its id is taken (only the seeded demo client has a chosen id). */
    boolean insertIfAbsent(MachineClient client) {
        return jdbc.sql("""
                insert into machine_client (client_id, name, department_code, region_code, roles, secret_hash, created_at,
                                            created_by)
                values (?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?) on conflict (client_id) do nothing""")
                .params(client.clientId(), client.name(), client.departmentCode(), client.regionCode(),
                        String.join(",", client.roles()), client.secretHash(), Timestamp.from(client.createdAt()),
                        client.createdBy())
                .update() == 1;
    }

    /** Disables an active client; false when it was disabled already. */
    boolean disable(String clientId, String by, Instant at) {
        return jdbc.sql("""
                update machine_client set status = 'DISABLED', disabled_at = ?, disabled_by = ?
                where client_id = ? and status = 'ACTIVE'""")
                .params(Timestamp.from(at), by, clientId)
                .update() == 1;
    }

    /** Replaces the secret of an active client; false when it is disabled (or unknown). */
    boolean replaceSecret(String clientId, String secretHash, Instant at) {
        return jdbc.sql("""
                update machine_client set secret_hash = ?, secret_rotated_at = ?
                where client_id = ? and status = 'ACTIVE'""")
                .params(secretHash, Timestamp.from(at), clientId)
                .update() == 1;
    }

    /** Notes a token handed out, and a re-hashed secret when the encoder asks for a stronger hash. */
    void tokenIssued(String clientId, Instant at, String upgradedSecretHash) {
        jdbc.sql("""
                update machine_client set last_token_at = ?, secret_hash = coalesce(?, secret_hash) where client_id = ?""")
                .params(Timestamp.from(at), upgradedSecretHash, clientId)
                .update();
    }

    List<MachineClient> page(String departmentCode, PageRequest page) {
        return jdbc.sql("""
                select * from machine_client where (cast(? as text) is null or department_code = ?)
                order by created_at, client_id limit ? offset ?""")
                .params(departmentCode, departmentCode, page.size(), page.offset())
                .query((rs, n) -> client(rs))
                .list();
    }

    long count(String departmentCode) {
        return jdbc.sql("select count(*) from machine_client where (cast(? as text) is null or department_code = ?)")
                .params(departmentCode, departmentCode)
                .query(Long.class).single();
    }

    private static MachineClient client(ResultSet rs) throws SQLException {
        return new MachineClient(rs.getString("client_id"), rs.getString("name"), rs.getString("department_code"),
                rs.getString("region_code"), Arrays.asList((String[]) rs.getArray("roles").getArray()),
                rs.getString("secret_hash"), "ACTIVE".equals(rs.getString("status")),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "secret_rotated_at"),
                instant(rs, "last_token_at"), instant(rs, "disabled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
