package org.onestop.portal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.portal.application.domain.Material;
import org.onestop.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MaterialRepository {

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the material, and for an upload its bytes. */
    void insert(Material material, byte[] content) {
        jdbc.sql("""
                insert into application_material (id, parent_id, owner_id, name, certificate_type, certificate_number,
                    file_name, content_type, size_bytes, sha256, submitted_in, added_at)
                values (:id, :parent, :owner, :name, :certType, :certNumber, :fileName, :contentType, :size, :sha256,
                    :submittedIn, :at)""")
                .param("id", material.id())
                .param("parent", material.parentId())
                .param("owner", material.ownerId())
                .param("name", material.name())
                .param("certType", material.certificateType())
                .param("certNumber", material.certificateNumber())
                .param("fileName", material.fileName())
                .param("contentType", material.contentType())
                .param("size", material.sizeBytes())
                .param("sha256", material.sha256())
                .param("submittedIn", material.submittedIn())
                .param("at", Timestamp.from(material.addedAt()))
                .update();
        if (content != null) {
            jdbc.sql("insert into material_content (material_id, content) values (?, ?)").params(material.id(), content)
                    .update();
        }
    }

    List<Material> of(UUID parentId) {
        return jdbc.sql("select * from application_material where parent_id = ? order by added_at, id").param(parentId)
                .query(this::map).list();
    }

    /** The materials not yet handed in. */
    List<Material> pendingOf(UUID parentId) {
        return jdbc.sql("select * from application_material where parent_id = ? and submitted_in is null order by added_at, id")
                .param(parentId).query(this::map).list();
    }

    /** Hands in every pending material of the parent in the named step. */
    void markSubmitted(UUID parentId, String step) {
        jdbc.sql("update application_material set submitted_in = ? where parent_id = ? and submitted_in is null")
                .params(step, parentId).update();
    }

    /** Files kept for the parent, handed in or not (certificate references take no room). */
    int countFiles(UUID parentId) {
        return jdbc.sql("select count(*) from application_material where parent_id = ? and certificate_number is null")
                .param(parentId).query(Integer.class).single();
    }

    void recordDownload(Material material, CurrentUser reader, String correlationId, java.time.Instant at) {
        jdbc.sql("""
                        insert into material_download (material_id, application_id, reader_id, reader_roles, department,
                            correlation_id, downloaded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(material.id(), material.parentId(), reader.id(), String.join(",", reader.roles()), reader.department(),
                        correlationId, java.sql.Timestamp.from(at))
                .update();
    }

    /** The downloads of one application's files, newest first, for its department's supervisors. */
    java.util.List<Download> downloadsOf(UUID applicationId, int limit) {
        return jdbc.sql("""
                        select material_id, reader_id, reader_roles, department, correlation_id, downloaded_at
                        from material_download where application_id = ? order by downloaded_at desc, id desc limit ?""")
                .params(applicationId, limit)
                .query((rs, n) -> new Download(rs.getString(1), rs.getString(2), java.util.List.of(rs.getString(3).split(",")),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    record Download(String materialId, String readerId, java.util.List<String> readerRoles, String department,
                    String correlationId, java.time.Instant downloadedAt) {
    }

    /** Uploaded files of the owner not yet handed in (in drafts, or waiting for a correction answer). */
    int countPendingFilesOf(String ownerId) {
        return jdbc.sql("""
                        select count(*) from application_material
                        where owner_id = ? and submitted_in is null and certificate_number is null""")
                .param(ownerId).query(Integer.class).single();
    }

    int countReferences(UUID parentId) {
        return jdbc.sql("select count(*) from application_material where parent_id = ? and certificate_number is not null")
                .param(parentId).query(Integer.class).single();
    }

    Optional<Material> find(UUID id) {
        return jdbc.sql("select * from application_material where id = ?").param(id).query(this::map).optional();
    }

    Optional<byte[]> contentOf(UUID id) {
        return jdbc.sql("select content from material_content where material_id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Removes a material not yet handed in; false when there is none such. */
    boolean deletePending(UUID id, UUID parentId) {
        return jdbc.sql("delete from application_material where id = ? and parent_id = ? and submitted_in is null")
                .params(id, parentId).update() == 1;
    }

    void deleteAllOf(UUID parentId) {
        jdbc.sql("delete from application_material where parent_id = ?").param(parentId).update();
    }

    private Material map(ResultSet rs, int row) throws SQLException {
        return new Material(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                rs.getString("owner_id"), rs.getString("name"), rs.getString("certificate_type"),
                rs.getString("certificate_number"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("submitted_in"),
                rs.getTimestamp("added_at").toInstant());
    }
}
