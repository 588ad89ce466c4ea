package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit chain verifies when untouched and names the first entry that was changed or removed. */
class AuditChainTest {
    @TempDir
    Path dir;
    Path folder;
    UUID caseId;

    /** 1 workspace.create, 1 case.create, 1 evidence.add, 3 notes, 1 case.update: 7 entries. */
    @BeforeEach
    void setUp() {
        folder = dir.resolve("ws");
        try (Workspace ws = StoreFixtures.create(folder)) {
            var c = ws.cases().create(CaseDetails.newCase("Audited", Subject.named("Jon Doe")));
            caseId = c.id();
            ws.evidence().add(caseId, EvidenceSamples.draft(EvidenceKind.SIGN_IN_RECORD), List.of());
            for (int i = 1; i <= 3; i++) {
                ws.notes().addToCase(caseId, "note " + i);
            }
            ws.cases().update(caseId, 1, CaseDetails.newCase("Audited, renamed", Subject.named("Jon Doe")));
        }
    }

    @Test
    void untouchedChainVerifiesAndCountsEveryEntry() {
        try (Workspace ws = StoreFixtures.open(folder)) {
            assertThat(ws.audit().verify()).isEqualTo(AuditVerification.ok(7));
            assertThat(ws.audit().size()).isEqualTo(7);
            List<AuditEntry> trail = ws.audit().forCase(caseId);
            assertThat(trail).extracting(AuditEntry::seq).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
            assertThat(trail).extracting(AuditEntry::action)
                    .containsExactly("case.create", "evidence.add", "note.add", "note.add", "note.add", "case.update");
            for (int i = 1; i < trail.size(); i++) {
                assertThat(trail.get(i).prevHash()).isEqualTo(trail.get(i - 1).hash());
            }
            assertThat(trail).allSatisfy(e -> assertThat(e.hash()).matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void changedActorIsFoundAtItsEntry() {
        tamper("UPDATE audit_log SET actor = 'someone else' WHERE seq = 4");
        assertBrokenAt(4, "audit.problem.content");
    }

    @Test
    void changedSnapshotIsFoundAtItsEntry() {
        tamper("UPDATE audit_log SET after_state = REPLACE(after_state, 'note 2', 'note two') WHERE seq = 5");
        assertBrokenAt(5, "audit.problem.content");
    }

    @Test
    void changedTimeOrActionIsFound() {
        tamper("UPDATE audit_log SET at = at + INTERVAL '1' SECOND WHERE seq = 2");
        assertBrokenAt(2, "audit.problem.content");
    }

    @Test
    void changeWithARecomputedHashBreaksTheNextLink() {
        try (Workspace ws = StoreFixtures.open(folder)) {
            ws.write(h -> {
                AuditEntry e = h.createQuery("SELECT * FROM audit_log WHERE seq = 3").map((rs, ctx) -> new AuditEntry(
                        rs.getLong("seq"), Db.instant(rs, "at"), "forger", rs.getString("action"), rs.getString("entity_type"),
                        rs.getObject("entity_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("before_state"),
                        rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"))).one();
                String forged = AuditLog.hash(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.caseId(),
                        e.before(), e.after(), e.prevHash());
                return h.createUpdate("UPDATE audit_log SET actor = 'forger', hash = :h WHERE seq = 3").bind("h", forged).execute();
            });
        }
        assertBrokenAt(4, "audit.problem.link");
    }

    @Test
    void deletedMiddleEntryIsFound() {
        tamper("DELETE FROM audit_log WHERE seq = 4");
        assertBrokenAt(4, "audit.problem.missing");
    }

    @Test
    void deletedFirstEntryIsFound() {
        tamper("DELETE FROM audit_log WHERE seq = 1");
        assertBrokenAt(1, "audit.problem.missing");
    }

    @Test
    void renumberedEntriesAreFound() {
        // Closing the gap after a deletion does not help: the links no longer match.
        tamper("DELETE FROM audit_log WHERE seq = 4; UPDATE audit_log SET seq = seq - 1 WHERE seq > 4");
        try (Workspace ws = StoreFixtures.open(folder)) {
            AuditVerification v = ws.audit().verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(4);
        }
    }

    @Test
    void writesAfterTamperingDoNotHideIt() {
        tamper("UPDATE audit_log SET actor = 'x' WHERE seq = 3");
        try (Workspace ws = StoreFixtures.open(folder)) {
            ws.notes().addToCase(caseId, "a later note");
            assertThat(ws.audit().verify().firstBrokenSeq()).isEqualTo(3);
        }
    }

    private void tamper(String sql) {
        try (Workspace ws = StoreFixtures.open(folder)) {
            assertThat(ws.audit().verify().intact()).isTrue();
            ws.write(h -> {
                h.createScript(sql).execute();
                return null;
            });
        }
    }

    private void assertBrokenAt(long seq, String problem) {
        try (Workspace ws = StoreFixtures.open(folder)) {
            AuditVerification v = ws.audit().verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(seq);
            assertThat(v.problem()).isEqualTo(problem);
        }
    }
}
