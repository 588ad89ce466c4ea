package org.hirewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.NoteRevision;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;

/** Notes on a case, an evidence item or a finding. Every text a note ever had is kept as a revision. */
public final class NoteStore {
    private final Workspace ws;

    NoteStore(Workspace ws) {
        this.ws = ws;
    }

    public Note addToCase(UUID caseId, String body) {
        return add(caseId, NoteTarget.CASE, caseId, body);
    }

    public Note add(UUID caseId, NoteTarget target, UUID targetId, String body) {
        ValidationException.throwIfAny(Note.validateBody(body));
        return ws.write(h -> {
            CaseStore.load(h, caseId);
            if (target == NoteTarget.EVIDENCE) {
                boolean sameCase = h.createQuery("SELECT COUNT(*) FROM evidence WHERE id = :e AND case_id = :c")
                        .bind("e", targetId).bind("c", caseId).mapTo(Integer.class).one() == 1;
                if (!sameCase) {
                    throw new WorkspaceException(Reason.NOT_FOUND, targetId);
                }
            }
            UUID id = UUID.randomUUID();
            Instant now = Clock.now();
            h.createUpdate("INSERT INTO note (id, case_id, target_type, target_id, body, created_at, created_by, updated_at,"
                            + " updated_by, version) VALUES (:id, :c, :tt, :tid, :body, :now, :by, :now, :by, 1)")
                    .bind("id", id).bind("c", caseId).bind("tt", target.name()).bind("tid", targetId).bind("body", body)
                    .bind("now", now).bind("by", ws.actor()).execute();
            insertRevision(h, id, 1, body, now);
            h.createUpdate("UPDATE hw_case SET updated_at = :now WHERE id = :id").bind("now", now).bind("id", caseId).execute();
            Note note = load(h, id);
            ws.appendAudit(h, "note.add", "note", id, caseId, null, note);
            return note;
        });
    }

    /** Replaces the text; the old text stays in the history. Refused if someone edited it in between. */
    public Note edit(UUID noteId, int expectedVersion, String body) {
        ValidationException.throwIfAny(Note.validateBody(body));
        return ws.write(h -> {
            Note before = load(h, noteId);
            if (before.version() != expectedVersion) {
                throw new WorkspaceException(Reason.CHANGED_ELSEWHERE, "note");
            }
            if (before.body().equals(body)) {
                return before;
            }
            Instant now = Clock.now();
            h.createUpdate("UPDATE note SET body = :body, updated_at = :now, updated_by = :by, version = version + 1"
                            + " WHERE id = :id")
                    .bind("body", body).bind("now", now).bind("by", ws.actor()).bind("id", noteId).execute();
            insertRevision(h, noteId, before.version() + 1, body, now);
            h.createUpdate("UPDATE hw_case SET updated_at = :now WHERE id = :id").bind("now", now)
                    .bind("id", before.caseId()).execute();
            Note after = load(h, noteId);
            ws.appendAudit(h, "note.edit", "note", noteId, before.caseId(), before, after);
            return after;
        });
    }

    /** All notes of a case, newest first, whatever they are attached to. */
    public List<Note> listForCase(UUID caseId) {
        return ws.read(h -> h.createQuery("SELECT * FROM note WHERE case_id = :c ORDER BY created_at DESC, id")
                .bind("c", caseId).map((rs, ctx) -> note(rs)).list());
    }

    public List<NoteRevision> history(UUID noteId) {
        return ws.read(h -> h.createQuery("SELECT * FROM note_revision WHERE note_id = :id ORDER BY revision")
                .bind("id", noteId).map((rs, ctx) -> new NoteRevision(rs.getObject("note_id", UUID.class),
                        rs.getInt("revision"), rs.getString("body"), Db.instant(rs, "written_at"), rs.getString("written_by")))
                .list());
    }

    private void insertRevision(Handle h, UUID noteId, int revision, String body, Instant now) {
        h.createUpdate("INSERT INTO note_revision (note_id, revision, body, written_at, written_by) VALUES (:id, :r, :body,"
                        + " :now, :by)")
                .bind("id", noteId).bind("r", revision).bind("body", body).bind("now", now).bind("by", ws.actor()).execute();
    }

    private static Note load(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM note WHERE id = :id").bind("id", id).map((rs, ctx) -> note(rs)).findOne()
                .orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, id));
    }

    private static Note note(ResultSet rs) throws SQLException {
        return new Note(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                NoteTarget.valueOf(rs.getString("target_type")), rs.getObject("target_id", UUID.class), rs.getString("body"),
                Db.instant(rs, "created_at"), rs.getString("created_by"), Db.instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getInt("version"));
    }
}
