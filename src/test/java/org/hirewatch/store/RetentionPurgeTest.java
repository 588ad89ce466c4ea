package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.SignIn;
import org.hirewatch.domain.SignInLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionPurgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private static CaseFile caseWith(Workspace ws, String name, LocalDate retention, boolean hold) {
        CaseFile c = ws.cases().create(StoreFixtures.details("Case of " + name, name));
        CaseDetails d = new CaseDetails(c.title(), c.status(), c.decision(), c.decisionRationale(), c.priority(),
                c.assignee(), c.tags(), retention, hold, c.subject());
        return ws.cases().update(c.id(), c.version(), d);
    }

    @Test
    void purgesOnlyExpiredCasesOffLegalHoldAndTheChainStillVerifies() throws Exception {
        try (Workspace ws = StoreFixtures.create(dir.resolve("ws"))) {
            CaseFile expired = caseWith(ws, "Dana Example", TODAY.minusDays(1), false);
            CaseFile held = caseWith(ws, "Held Example", TODAY.minusDays(30), true);
            CaseFile current = caseWith(ws, "Sam Sample", TODAY, false);
            CaseFile noDate = caseWith(ws, "Nora Nodate", null, false);
            Path file = dir.resolve("cv.txt");
            Files.writeString(file, "cv");
            ws.evidence().add(expired.id(), EvidenceSamples.draft(EvidenceKind.CONTACT_CHANNEL), List.of());
            ws.evidence().add(expired.id(), new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, EvidenceSamples.OBSERVED,
                    "upload", Map.of("description", "CV")), List.of(file));
            ws.notes().addToCase(expired.id(), "Spoke to Dana Example");
            ws.signIns().importLog(expired.id(), new SignInLog("csv", "vpn.csv", "ef".repeat(32), "", List.of(
                    new SignInLog.Row(2, new SignIn(0, null, java.time.Instant.parse("2026-03-01T08:00:00Z"),
                            "dana@example.com", "192.0.2.10", "CA", "", null, null, "", "", null, "",
                            SignIn.Outcome.SUCCESS, null))), 0));
            ws.links().confirm(expired.id(), current.id(), LinkType.OTHER, "Same reference letter", List.of());
            // Entries after the purged case's entries, so the blanked ones sit inside the chain.
            ws.notes().addToCase(current.id(), "Still open");

            RetentionStore retention = new RetentionStore(ws);
            RetentionStore.Preview p = retention.preview(TODAY);
            assertThat(p.toPurge()).extracting(RetentionStore.ExpiredCase::id).containsExactly(expired.id());
            assertThat(p.keptOnHold()).extracting(RetentionStore.ExpiredCase::id).containsExactly(held.id());

            int expiredEntries = ws.audit().forCase(expired.id()).size();
            RetentionStore.Result r = retention.purge(p);
            assertThat(r.purged()).isEqualTo(1);
            assertThat(r.auditEntriesBlanked()).isEqualTo(expiredEntries);

            assertThat(ws.cases().findByReference(expired.reference())).isEmpty();
            assertThat(ws.cases().findByReference(held.reference())).isPresent();
            assertThat(ws.cases().findByReference(current.reference())).isPresent();
            assertThat(ws.cases().findByReference(noDate.reference())).isPresent();
            assertThat(ws.evidence().listForCase(expired.id())).isEmpty();
            // Sign-in rows and confirmed links go with the case (ON DELETE CASCADE).
            for (String table : List.of("sign_in", "sign_in_ip")) {
                int left = ws.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE case_id = :c")
                        .bind("c", expired.id()).mapTo(Integer.class).one());
                assertThat(left).as(table).isZero();
            }
            assertThat(ws.links().linksOf(current.id())).isEmpty();
            int links = ws.read(h -> h.createQuery("SELECT COUNT(*) FROM case_link").mapTo(Integer.class).one());
            assertThat(links).isZero();

            // The purged case's entries keep their place but no personal data; the purge is a workspace entry.
            List<AuditEntry> left = ws.audit().forCase(expired.id());
            assertThat(left).hasSize(expiredEntries).allSatisfy(e -> {
                assertThat(e.before()).isNull();
                assertThat(e.after()).isNull();
            });
            AuditEntry purge = ws.audit().forCase(null).stream().filter(e -> e.action().equals("retention.purge"))
                    .findFirst().orElseThrow();
            assertThat(purge.after()).contains("\"casesPurged\":1").doesNotContain("Dana").doesNotContain(expired.reference());
            assertThat(ws.audit().verify().intact()).isTrue();

            ws.notes().addToCase(current.id(), "After the purge");
            assertThat(ws.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void markingAnEntryAsBlankedWithoutAPurgeBreaksTheChain() {
        try (Workspace ws = StoreFixtures.create(dir.resolve("ws"))) {
            CaseFile c = caseWith(ws, "Dana Example", TODAY.minusDays(1), false);
            // Someone blanks an entry to hide what it said, without a purge entry accounting for it.
            ws.write(h -> h.createUpdate("UPDATE audit_log SET after_state = NULL, redacted = TRUE WHERE case_id = :c")
                    .bind("c", c.id()).execute());
            assertThat(ws.audit().verify().intact()).isFalse();
            assertThat(ws.audit().verify().problem()).isEqualTo("audit.problem.redaction");
        }
    }

    @Test
    void aCasePutOnHoldAfterThePreviewIsKept() {
        try (Workspace ws = StoreFixtures.create(dir.resolve("ws"))) {
            CaseFile c = caseWith(ws, "Dana Example", TODAY.minusDays(1), false);
            RetentionStore retention = new RetentionStore(ws);
            RetentionStore.Preview p = retention.preview(TODAY);
            CaseFile now = ws.cases().get(c.id());
            ws.cases().update(c.id(), now.version(), new CaseDetails(now.title(), now.status(), now.decision(),
                    now.decisionRationale(), now.priority(), now.assignee(), now.tags(), now.retentionDate(), true,
                    now.subject()));
            assertThat(retention.purge(p).purged()).isZero();
            assertThat(ws.cases().findByReference(c.reference())).isPresent();
        }
    }
}
