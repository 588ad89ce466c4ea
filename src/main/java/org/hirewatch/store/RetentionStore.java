package org.hirewatch.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Retention: cases whose retention date has passed are deleted with everything they hold, unless on legal hold. The
 * purge keeps the audit chain whole: the purged cases' entries stay in place with their snapshots (the personal
 * data) blanked, and one workspace entry records how many cases went and which entries were blanked (see
 * {@link Redaction}). Nothing that names the applicant is kept.
 */
public final class RetentionStore {
    private static final int CHUNK = 500;
    private final Workspace ws;

    public RetentionStore(Workspace ws) {
        this.ws = ws;
    }

    /** A case past its retention date. */
    public record ExpiredCase(UUID id, String reference, String title, String subjectName, LocalDate retentionDate,
                              boolean legalHold) {
    }

    /** What a purge on {@code asOf} would do: cases to delete, and cases kept because they are on legal hold. */
    public record Preview(LocalDate asOf, List<ExpiredCase> toPurge, List<ExpiredCase> keptOnHold) {
        public Preview {
            toPurge = List.copyOf(toPurge);
            keptOnHold = List.copyOf(keptOnHold);
        }
    }

    public record Result(int purged, int keptOnHold, int auditEntriesBlanked) {
    }

    /** Cases whose retention date is before {@code asOf}. */
    public Preview preview(LocalDate asOf) {
        List<ExpiredCase> all = ws.read(h -> h.createQuery("SELECT c.id, c.reference, c.title, s.primary_name,"
                        + " c.retention_date, c.legal_hold FROM hw_case c LEFT JOIN subject s ON s.case_id = c.id"
                        + " WHERE c.retention_date < :d ORDER BY c.retention_date, c.reference")
                .bind("d", asOf)
                .map((rs, ctx) -> new ExpiredCase(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("title"), rs.getString("primary_name") == null ? "" : rs.getString("primary_name"),
                        rs.getObject("retention_date", LocalDate.class), rs.getBoolean("legal_hold")))
                .list());
        return new Preview(asOf, all.stream().filter(c -> !c.legalHold()).toList(),
                all.stream().filter(ExpiredCase::legalHold).toList());
    }

    /**
     * Deletes the previewed cases that are still due (a case put on hold or given a later date since the preview is
     * kept) in one transaction, and audits the purge as a workspace entry.
     */
    public Result purge(Preview preview) {
        List<UUID> wanted = preview.toPurge().stream().map(ExpiredCase::id).toList();
        Result result = ws.write(h -> {
            List<UUID> due = stillDue(h, wanted, preview.asOf());
            if (due.isEmpty()) {
                return new Result(0, preview.keptOnHold().size(), 0);
            }
            List<Long> seqs = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            for (List<UUID> chunk : chunks(due)) {
                h.createQuery("SELECT seq, hash FROM audit_log WHERE case_id IN (<ids>)").bindList("ids", chunk)
                        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                        .forEach(e -> {
                            seqs.add(e.getKey());
                            hashes.add(e.getValue());
                        });
            }
            // The digest is taken in sequence order, as the verifier meets the entries.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < seqs.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Long.compare(seqs.get(a), seqs.get(b)));
            List<Long> sortedSeqs = order.stream().map(seqs::get).toList();
            List<String> sortedHashes = order.stream().map(hashes::get).toList();
            for (List<UUID> chunk : chunks(due)) {
                h.createUpdate("UPDATE audit_log SET before_state = NULL, after_state = NULL, redacted = TRUE"
                        + " WHERE case_id IN (<ids>)").bindList("ids", chunk).execute();
                h.createUpdate("DELETE FROM hw_case WHERE id IN (<ids>)").bindList("ids", chunk).execute();
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("asOf", preview.asOf().toString());
            after.put("casesPurged", due.size());
            after.put("keptOnLegalHold", preview.keptOnHold().size());
            after.put("auditEntriesBlanked", sortedSeqs.size());
            after.put(Redaction.SEQS, Redaction.ranges(sortedSeqs));
            after.put(Redaction.DIGEST, Redaction.digest(sortedHashes));
            ws.appendAudit(h, Redaction.PURGE_ACTION, "workspace", null, null, null, after);
            return new Result(due.size(), preview.keptOnHold().size(), sortedSeqs.size());
        });
        return result;
    }

    private static List<UUID> stillDue(Handle h, List<UUID> wanted, LocalDate asOf) {
        Set<UUID> due = new HashSet<>();
        for (List<UUID> chunk : chunks(wanted)) {
            due.addAll(h.createQuery("SELECT id FROM hw_case WHERE id IN (<ids>) AND legal_hold = FALSE"
                            + " AND retention_date < :d").bindList("ids", chunk).bind("d", asOf)
                    .mapTo(UUID.class).list());
        }
        return wanted.stream().filter(due::contains).toList();
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return out;
    }
}
