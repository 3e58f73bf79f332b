package org.onestop.portal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.platform.web.PageRequest;
import org.onestop.portal.application.domain.Draft;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class DraftRepository {

    private static final TypeReference<Map<String, Object>> FORM_DATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DraftRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Draft draft) {
        jdbc.sql("""
                insert into application_draft (id, applicant_id, applicant_name, applicant_type, item_code, form_data,
                    channel, created_at, updated_at)
                values (:id, :applicant, :name, :type, :item, cast(:form as jsonb), :channel, :created, :updated)""")
                .param("id", draft.id())
                .param("applicant", draft.applicantId())
                .param("name", draft.applicantName())
                .param("type", draft.applicantType())
                .param("item", draft.itemCode())
                .param("form", json.writeValueAsString(draft.formData()))
                .param("channel", draft.channel())
                .param("created", Timestamp.from(draft.createdAt()))
                .param("updated", Timestamp.from(draft.updatedAt()))
                .update();
    }

    /** Saves the draft's form data under its next revision; fails if someone else saved it since it was read. */
    void updateFormData(Draft saved) {
        int updated = jdbc.sql("""
                update application_draft set form_data = cast(? as jsonb), updated_at = ?, revision = revision + 1
                where id = ? and revision = ?""")
                .params(json.writeValueAsString(saved.formData()), Timestamp.from(saved.updatedAt()), saved.id(),
                        saved.revision() - 1)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("draft " + saved.id() + " changed concurrently");
        }
    }

    /** Records a change of the draft's materials: the next revision; fails if someone else saved it since it was read. */
    void touch(Draft draft, Instant at) {
        int updated = jdbc.sql("update application_draft set updated_at = ?, revision = revision + 1 where id = ? and revision = ?")
                .params(Timestamp.from(at), draft.id(), draft.revision())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("draft " + draft.id() + " changed concurrently");
        }
    }

    Optional<Draft> findOwn(UUID id, String applicantId) {
        return jdbc.sql("select * from application_draft where id = ? and applicant_id = ?").params(id, applicantId)
                .query(this::map).optional();
    }

    /** The draft, locked until the transaction ends, so that it is submitted or deleted once. */
    Optional<Draft> lockOwn(UUID id, String applicantId) {
        return jdbc.sql("select * from application_draft where id = ? and applicant_id = ? for update")
                .params(id, applicantId).query(this::map).optional();
    }

    List<Draft> pageOf(String applicantId, PageRequest page) {
        return jdbc.sql("select * from application_draft where applicant_id = ? order by updated_at desc, id limit ? offset ?")
                .params(applicantId, page.size(), page.offset())
                .query(this::map).list();
    }

    /** Serialises, until the transaction ends, what one applicant does with counted things (drafts, uploads). */
    void lockApplicant(String applicantId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('portal.applicant'), hashtext(?))").param(applicantId)
                .query().singleRow();
    }

    long countOf(String applicantId) {
        return jdbc.sql("select count(*) from application_draft where applicant_id = ?").param(applicantId)
                .query(Long.class).single();
    }

    void delete(UUID id) {
        jdbc.sql("delete from application_draft where id = ?").param(id).update();
    }

    private Draft map(ResultSet rs, int row) throws SQLException {
        return new Draft(rs.getObject("id", UUID.class), rs.getString("applicant_id"), rs.getString("applicant_name"),
                rs.getString("applicant_type"), rs.getString("item_code"),
                json.readValue(rs.getString("form_data"), FORM_DATA), rs.getString("channel"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getLong("revision"));
    }
}
