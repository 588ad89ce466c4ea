package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.TextRules;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Evidence items, their identifiers and attachments. Attachments are stored inside the encrypted database with
 * their SHA-256; the store hands bytes back (checked against that hash) but never opens or runs a file.
 */
public final class EvidenceStore {
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private final Workspace ws;
    private final long attachmentLimit;

    EvidenceStore(Workspace ws, long attachmentLimit) {
        this.ws = ws;
        this.attachmentLimit = attachmentLimit;
    }

    public long attachmentLimit() {
        return attachmentLimit;
    }

    /** Adds an evidence item with its files, all in one transaction: if one file fails, nothing is saved. */
    public Evidence add(UUID caseId, EvidenceDraft draft, List<Path> files) {
        List<Violation> problems = new ArrayList<>(draft.validate());
        if (draft.kind() != null && draft.kind().needsAttachment() && files.isEmpty()) {
            problems.add(new Violation("attachments", "validation.attachmentRequired"));
        }
        ValidationException.throwIfAny(problems);
        files.forEach(this::checkFile);
        EvidenceDraft d = draft.normalized();
        Evidence added = ws.write(h -> {
            CaseStore.load(h, caseId); // the case must exist
            UUID id = UUID.randomUUID();
            Instant now = Clock.now();
            bindEvidence(h.createUpdate(INSERT_EVIDENCE), id, caseId, d, now).execute();
            writeIdentifiers(h, id, caseId, d.identifiers());
            for (Path f : files) {
                insertAttachment(h, id, caseId, f, now);
            }
            touchCase(h, caseId, now);
            Evidence saved = load(h, id);
            ws.appendAudit(h, "evidence.add", "evidence", id, caseId, null, saved);
            return saved;
        });
        notifyChanged(List.of(added), List.of());
        return added;
    }

    /**
     * Adds a validated, normalised item without files inside a caller's transaction (a sign-in log and its rows are
     * one transaction); audited as {@link #add} audits. The caller tells the listeners after the commit.
     */
    Evidence addWithin(Handle h, UUID caseId, EvidenceDraft normalized) {
        CaseStore.load(h, caseId); // the case must exist
        UUID id = UUID.randomUUID();
        Instant now = Clock.now();
        bindEvidence(h.createUpdate(INSERT_EVIDENCE), id, caseId, normalized, now).execute();
        writeIdentifiers(h, id, caseId, normalized.identifiers());
        touchCase(h, caseId, now);
        Evidence saved = load(h, id);
        ws.appendAudit(h, "evidence.add", "evidence", id, caseId, null, saved);
        return saved;
    }

    /** Tells listeners which cases, kinds and identifier values a committed change touched. */
    private void notifyChanged(List<Evidence> after, List<Evidence> before) {
        Map<UUID, WorkspaceListener.EvidenceChange> changes = new LinkedHashMap<>();
        Map<UUID, List<Identifier>> held = new java.util.HashMap<>(); // each item's values before the change
        for (Evidence e : before) {
            held.put(e.id(), e.identifiers());
        }
        for (Evidence e : after) {
            List<Identifier> now = e.identifiers();
            List<Identifier> was = held.remove(e.id());
            WorkspaceListener.EvidenceChange c = change(changes, e);
            c.identifiers().addAll(now);
            if (was == null) {
                c.changed().addAll(now);
            } else {
                c.identifiers().addAll(was);
                now.stream().filter(i -> !was.contains(i)).forEach(c.changed()::add);
                was.stream().filter(i -> !now.contains(i)).forEach(c.changed()::add);
            }
        }
        for (Evidence e : before) {
            List<Identifier> gone = held.get(e.id());
            if (gone != null) { // deleted
                WorkspaceListener.EvidenceChange c = change(changes, e);
                c.identifiers().addAll(gone);
                c.changed().addAll(gone);
            }
        }
        ws.fireEvidenceChanged(List.copyOf(changes.values()));
    }

    private static WorkspaceListener.EvidenceChange change(Map<UUID, WorkspaceListener.EvidenceChange> changes,
                                                           Evidence e) {
        WorkspaceListener.EvidenceChange c = changes.computeIfAbsent(e.caseId(), k -> new WorkspaceListener.EvidenceChange(
                k, new java.util.HashSet<>(), new java.util.HashSet<>(), new java.util.HashSet<>()));
        c.kinds().add(e.kind());
        return c;
    }

    /**
     * Adds evidence items without files to one or more cases in one transaction (imports such as a sign-in log or an
     * applicant batch): all are saved or none. Each item gets its own audit entry, the same as {@link #add} gives it.
     * Violations name the item as {@code evidence[i].field}, counting through the map in its iteration order.
     */
    public List<Evidence> addAll(Map<UUID, List<EvidenceDraft>> draftsByCase) {
        Map<UUID, List<EvidenceDraft>> normalized = normalizeAll(draftsByCase);
        List<Evidence> added = ws.write(h -> insertAll(h, normalized));
        if (!added.isEmpty()) {
            notifyChanged(added, List.of());
        }
        return added;
    }

    /** The drafts validated and normalised as {@link #addAll} does it, before any write. */
    static Map<UUID, List<EvidenceDraft>> normalizeAll(Map<UUID, List<EvidenceDraft>> draftsByCase) {
        List<Violation> problems = new ArrayList<>();
        Map<UUID, List<EvidenceDraft>> normalized = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<UUID, List<EvidenceDraft>> e : draftsByCase.entrySet()) {
            List<EvidenceDraft> list = new ArrayList<>();
            for (EvidenceDraft draft : e.getValue()) {
                List<Violation> own = new ArrayList<>(draft.validate());
                if (draft.kind() != null && draft.kind().needsAttachment()) {
                    own.add(new Violation("attachments", "validation.attachmentRequired"));
                }
                for (Violation v : own) {
                    problems.add(new Violation("evidence[" + i + "]." + v.field(), v.messageKey(), v.args()));
                }
                if (own.isEmpty()) {
                    list.add(draft.normalized());
                }
                i++;
            }
            normalized.put(e.getKey(), list);
        }
        ValidationException.throwIfAny(problems);
        return normalized;
    }

    /** Inserts normalised drafts inside the caller's transaction, each with its audit entry; no listener runs. */
    List<Evidence> insertAll(Handle h, Map<UUID, List<EvidenceDraft>> normalized) {
        Instant now = Clock.now();
        PreparedBatch items = h.prepareBatch(INSERT_EVIDENCE);
        PreparedBatch identifiers = h.prepareBatch(INSERT_IDENTIFIER);
        PreparedBatch touch = h.prepareBatch("UPDATE hw_case SET updated_at = :now WHERE id = :id");
        List<UUID> ids = new ArrayList<>();
        for (Map.Entry<UUID, List<EvidenceDraft>> e : normalized.entrySet()) {
            UUID caseId = e.getKey();
            boolean exists = h.createQuery("SELECT COUNT(*) FROM hw_case WHERE id = :id").bind("id", caseId)
                    .mapTo(Integer.class).one() == 1;
            if (!exists) {
                throw new WorkspaceException(Reason.NOT_FOUND, caseId);
            }
            if (e.getValue().isEmpty()) {
                continue;
            }
            for (EvidenceDraft d : e.getValue()) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                bindEvidence(items, id, caseId, d, now).add();
                for (Identifier idf : d.identifiers()) {
                    bindIdentifier(identifiers, id, caseId, idf).add();
                }
            }
            touch.bind("now", now).bind("id", caseId).add();
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        items.execute();
        if (identifiers.size() > 0) {
            identifiers.execute();
        }
        touch.execute();
        List<Evidence> saved = new ArrayList<>(ids.size());
        List<AuditLog.Pending> audit = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Evidence ev = load(h, id);
            saved.add(ev);
            audit.add(new AuditLog.Pending("evidence.add", "evidence", id, ev.caseId(), null, ev));
        }
        ws.appendAudit(h, audit);
        return saved;
    }

    public Evidence update(UUID evidenceId, int expectedVersion, EvidenceDraft draft) {
        ValidationException.throwIfAny(draft.validate());
        EvidenceDraft d = draft.normalized();
        Evidence[] previous = new Evidence[1];
        Evidence updated = ws.write(h -> {
            Evidence before = load(h, evidenceId);
            previous[0] = before;
            if (before.version() != expectedVersion) {
                throw new WorkspaceException(Reason.CHANGED_ELSEWHERE, before.kind().name());
            }
            if (before.kind() != d.kind()) {
                throw new ValidationException(List.of(new Violation("kind", "validation.kindFixed")));
            }
            Instant now = Clock.now();
            h.createUpdate("UPDATE evidence SET observed_at = :observed, source = :source, payload = :payload,"
                            + " version = version + 1 WHERE id = :id")
                    .bind("observed", d.observedAt()).bind("source", d.source())
                    .bind("payload", Json.write(new LinkedHashMap<>(d.fields()))).bind("id", evidenceId).execute();
            h.createUpdate("DELETE FROM evidence_identifier WHERE evidence_id = :id").bind("id", evidenceId).execute();
            writeIdentifiers(h, evidenceId, before.caseId(), d.identifiers());
            touchCase(h, before.caseId(), now);
            Evidence after = load(h, evidenceId);
            ws.appendAudit(h, "evidence.update", "evidence", evidenceId, before.caseId(), before, after);
            return after;
        });
        notifyChanged(List.of(updated), List.of(previous[0]));
        return updated;
    }

    /** Removes an item and its files. The audit entry keeps what it held (but not the file bytes). */
    public void delete(UUID evidenceId) {
        Evidence deleted = ws.write(h -> {
            Evidence before = load(h, evidenceId);
            h.createUpdate("DELETE FROM evidence WHERE id = :id").bind("id", evidenceId).execute();
            touchCase(h, before.caseId(), Clock.now());
            ws.appendAudit(h, "evidence.delete", "evidence", evidenceId, before.caseId(), before, null);
            return before;
        });
        notifyChanged(List.of(), List.of(deleted));
    }

    public AttachmentInfo addAttachment(UUID evidenceId, Path file) {
        checkFile(file);
        return ws.write(h -> {
            Evidence ev = load(h, evidenceId);
            Instant now = Clock.now();
            AttachmentInfo info = insertAttachment(h, evidenceId, ev.caseId(), file, now);
            touchCase(h, ev.caseId(), now);
            ws.appendAudit(h, "attachment.add", "attachment", info.id(), ev.caseId(), null, info);
            return info;
        });
    }

    public Evidence get(UUID evidenceId) {
        return ws.read(h -> load(h, evidenceId));
    }

    public List<Evidence> listForCase(UUID caseId) {
        return ws.read(h -> {
            Map<UUID, List<AttachmentInfo>> files = new HashMap<>();
            h.createQuery("SELECT " + ATTACHMENT_COLUMNS + " FROM attachment WHERE case_id = :c ORDER BY added_at, file_name")
                    .bind("c", caseId).map(EvidenceStore::attachment)
                    .forEach(a -> files.computeIfAbsent(a.evidenceId(), k -> new ArrayList<>()).add(a));
            return h.createQuery("SELECT * FROM evidence WHERE case_id = :c ORDER BY kind, observed_at, recorded_at")
                    .bind("c", caseId).map((rs, ctx) -> evidence(rs, files.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                    .list();
        });
    }

    /**
     * Writes a copy of an attachment to {@code target}, checking its SHA-256 on the way. A mismatch leaves no
     * file behind and is reported as a damaged attachment.
     */
    public AttachmentInfo saveCopy(UUID attachmentId, Path target) {
        return ws.read(h -> {
            AttachmentInfo info = h.createQuery("SELECT " + ATTACHMENT_COLUMNS + " FROM attachment WHERE id = :id")
                    .bind("id", attachmentId).map(EvidenceStore::attachment).findOne()
                    .orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, attachmentId));
            Path tmp = null;
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT content FROM attachment WHERE id = ?")) {
                ps.setObject(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Path dir = target.toAbsolutePath().getParent();
                    tmp = Files.createTempFile(dir, ".hirewatch-", ".part");
                    MessageDigest md = sha256();
                    try (InputStream in = new DigestInputStream(rs.getBinaryStream(1), md);
                         OutputStream out = Files.newOutputStream(tmp)) {
                        in.transferTo(out);
                    }
                    if (!HexFormat.of().formatHex(md.digest()).equals(info.sha256())) {
                        throw new WorkspaceException(Reason.ATTACHMENT_CORRUPT, info.fileName());
                    }
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    tmp = null;
                    return info;
                }
            } catch (IOException | SQLException e) {
                throw H2Errors.translate(e, target);
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // best effort: a left-over .part file holds no more than the user asked to save
                    }
                }
            }
        });
    }

    private void checkFile(Path f) {
        long size;
        try {
            size = Files.size(f);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(Reason.FILE_UNREADABLE, e, f.getFileName());
        } catch (IOException e) {
            throw new WorkspaceException(Reason.FILE_UNREADABLE, e, f.getFileName());
        }
        if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
            throw new WorkspaceException(Reason.FILE_UNREADABLE, f.getFileName());
        }
        if (size > attachmentLimit) {
            throw new WorkspaceException(Reason.ATTACHMENT_TOO_LARGE, f.getFileName(), size, attachmentLimit);
        }
        if (size * 2 > ws.usableSpace()) {
            throw new WorkspaceException(Reason.DISK_FULL, ws.folder());
        }
    }

    private static final String ATTACHMENT_COLUMNS = "id, evidence_id, file_name, media_type, size_bytes, sha256, added_at, added_by";

    private AttachmentInfo insertAttachment(Handle h, UUID evidenceId, UUID caseId, Path file, Instant now) {
        UUID id = UUID.randomUUID();
        String name = file.getFileName().toString();
        List<Violation> nameProblems = new ArrayList<>();
        TextRules.checkLine("fileName", name, nameProblems);
        if (!nameProblems.isEmpty()) {
            name = name.replaceAll("\\p{Cntrl}", "_");
            name = name.length() > TextRules.LINE_LIMIT ? name.substring(name.length() - TextRules.LINE_LIMIT) : name;
        }
        String mediaType = mediaType(file);
        MessageDigest md = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md);
             PreparedStatement ps = h.getConnection().prepareStatement(
                     "INSERT INTO attachment (id, evidence_id, case_id, file_name, media_type, size_bytes, sha256, content,"
                             + " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            size = Files.size(file);
            ps.setObject(1, id);
            ps.setObject(2, evidenceId);
            ps.setObject(3, caseId);
            ps.setString(4, name);
            ps.setString(5, mediaType);
            ps.setLong(6, size);
            ps.setString(7, "pending");
            ps.setBinaryStream(8, in, size);
            ps.setObject(9, now.atOffset(java.time.ZoneOffset.UTC));
            ps.setString(10, ws.actor());
            ps.executeUpdate();
        } catch (IOException e) {
            throw new WorkspaceException(Reason.FILE_UNREADABLE, e, name);
        } catch (SQLException e) {
            throw H2Errors.translate(e, ws.folder());
        }
        String sha = HexFormat.of().formatHex(md.digest());
        h.createUpdate("UPDATE attachment SET sha256 = :sha WHERE id = :id").bind("sha", sha).bind("id", id).execute();
        return new AttachmentInfo(id, evidenceId, name, mediaType, size, sha, now, ws.actor());
    }

    /** Guessed from the name only: the app never inspects or runs the file's content to decide. */
    private static String mediaType(Path file) {
        try {
            String t = Files.probeContentType(file);
            return t == null ? "application/octet-stream" : t;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static final String INSERT_EVIDENCE = "INSERT INTO evidence (id, case_id, kind, observed_at, recorded_at,"
            + " recorded_by, source, payload, version) VALUES (:id, :case, :kind, :observed, :now, :by, :source, :payload, 1)";
    private static final String INSERT_IDENTIFIER = "INSERT INTO evidence_identifier (evidence_id, case_id, kind, field,"
            + " raw_value, norm_value, near_key) VALUES (:e, :c, :kind, :field, :raw, :norm, :near)";

    private <S extends SqlStatement<S>> S bindEvidence(S st, UUID id, UUID caseId, EvidenceDraft d, Instant now) {
        return st.bind("id", id).bind("case", caseId).bind("kind", d.kind().name()).bind("observed", d.observedAt())
                .bind("now", now).bind("by", ws.actor()).bind("source", d.source())
                .bind("payload", Json.write(new LinkedHashMap<>(d.fields())));
    }

    private static <S extends SqlStatement<S>> S bindIdentifier(S st, UUID evidenceId, UUID caseId, Identifier i) {
        return st.bind("e", evidenceId).bind("c", caseId).bind("kind", i.kind().name()).bind("field", i.field())
                .bind("raw", i.value()).bind("norm", i.normalized()).bind("near", i.nearKey());
    }

    private static void writeIdentifiers(Handle h, UUID evidenceId, UUID caseId, List<Identifier> ids) {
        for (Identifier i : ids) {
            bindIdentifier(h.createUpdate(INSERT_IDENTIFIER), evidenceId, caseId, i).execute();
        }
    }

    private static void touchCase(Handle h, UUID caseId, Instant now) {
        h.createUpdate("UPDATE hw_case SET updated_at = :now WHERE id = :id").bind("now", now).bind("id", caseId).execute();
    }

    private static Evidence load(Handle h, UUID id) {
        List<AttachmentInfo> files = h.createQuery("SELECT " + ATTACHMENT_COLUMNS
                        + " FROM attachment WHERE evidence_id = :id ORDER BY added_at, file_name")
                .bind("id", id).map(EvidenceStore::attachment).list();
        return h.createQuery("SELECT * FROM evidence WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> evidence(rs, files)).findOne()
                .orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, id));
    }

    private static Evidence evidence(ResultSet rs, List<AttachmentInfo> files) throws SQLException {
        return new Evidence(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                EvidenceKind.valueOf(rs.getString("kind")), Db.instant(rs, "observed_at"), Db.instant(rs, "recorded_at"),
                rs.getString("recorded_by"), rs.getString("source"), Json.read(rs.getString("payload"), FIELDS), files,
                rs.getInt("version"));
    }

    private static AttachmentInfo attachment(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new AttachmentInfo(rs.getObject("id", UUID.class), rs.getObject("evidence_id", UUID.class),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                Db.instant(rs, "added_at"), rs.getString("added_by"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
