package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hirewatch.store.StoreFixtures.assertReason;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.store.WorkspaceException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two editors of the same item: the second save, made from a stale copy, is refused and changes nothing. */
class OptimisticConcurrencyTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = StoreFixtures.create(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void staleCaseUpdateIsRefused() {
        CaseFile original = ws.cases().create(CaseDetails.newCase("Original", Subject.named("A")));
        CaseFile first = ws.cases().update(original.id(), 1, CaseDetails.newCase("First editor", Subject.named("A")));
        long audit = ws.audit().size();

        assertReason(() -> ws.cases().update(original.id(), 1, CaseDetails.newCase("Second editor", Subject.named("B"))),
                Reason.CHANGED_ELSEWHERE);
        assertReason(() -> ws.cases().update(original.id(), 3, CaseDetails.newCase("From the future", Subject.empty())),
                Reason.CHANGED_ELSEWHERE);

        assertThat(ws.cases().get(original.id())).isEqualTo(first);
        assertThat(ws.audit().size()).isEqualTo(audit);
        assertThat(ws.cases().update(original.id(), 2, CaseDetails.newCase("Reloaded", Subject.empty())).version()).isEqualTo(3);
    }

    @Test
    void staleNoteEditIsRefused() {
        CaseFile c = ws.cases().create(CaseDetails.newCase("Notes", Subject.empty()));
        Note note = ws.notes().addToCase(c.id(), "v1");
        Note first = ws.notes().edit(note.id(), 1, "v2 by first editor");
        long audit = ws.audit().size();

        assertReason(() -> ws.notes().edit(note.id(), 1, "v2 by second editor"), Reason.CHANGED_ELSEWHERE);

        assertThat(ws.notes().listForCase(c.id())).containsExactly(first);
        assertThat(ws.notes().history(note.id())).hasSize(2);
        assertThat(ws.audit().size()).isEqualTo(audit);
    }

    @Test
    void staleEvidenceUpdateIsRefused() {
        CaseFile c = ws.cases().create(CaseDetails.newCase("Evidence", Subject.empty()));
        Evidence e = ws.evidence().add(c.id(), draft("203.0.113.1"), List.of());
        Evidence first = ws.evidence().update(e.id(), 1, draft("203.0.113.2"));
        long audit = ws.audit().size();
        List<String> identifiers = identifiers();

        assertReason(() -> ws.evidence().update(e.id(), 1, draft("203.0.113.3")), Reason.CHANGED_ELSEWHERE);

        assertThat(ws.evidence().get(e.id())).isEqualTo(first);
        assertThat(identifiers()).isEqualTo(identifiers).containsExactly("203.0.113.2");
        assertThat(ws.audit().size()).isEqualTo(audit);
    }

    @Test
    void evidenceKindCannotChange() {
        CaseFile c = ws.cases().create(CaseDetails.newCase("Evidence", Subject.empty()));
        Evidence e = ws.evidence().add(c.id(), draft("203.0.113.1"), List.of());
        long audit = ws.audit().size();
        assertThatThrownBy(() -> ws.evidence().update(e.id(), 1, EvidenceSamples.draft(EvidenceKind.WORK_ACTIVITY)))
                .isInstanceOf(ValidationException.class);
        assertThat(ws.evidence().get(e.id())).isEqualTo(e);
        assertThat(ws.audit().size()).isEqualTo(audit);
    }

    @Test
    void forbiddenStatusChangeIsRefusedAndChangesNothing() {
        CaseFile c = ws.cases().create(CaseDetails.newCase("Workflow", Subject.empty()));
        long audit = ws.audit().size();
        CaseDetails reported = new CaseDetails("Workflow", CaseStatus.REPORTED, null, null, null, null, null, null, false, null);
        assertThatThrownBy(() -> ws.cases().update(c.id(), 1, reported)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().get(0).field()).isEqualTo("status");
        assertThat(ws.cases().get(c.id())).isEqualTo(c);
        assertThat(ws.audit().size()).isEqualTo(audit);
    }

    @Test
    void parallelWritersKeepTheChainAndReferencesUnique() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Set<String> references = ConcurrentHashMap.newKeySet();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    CaseFile c = ws.cases().create(CaseDetails.newCase("T" + thread + " #" + i, Subject.empty()));
                    references.add(c.reference());
                    ws.notes().addToCase(c.id(), "note " + i);
                    ws.cases().list(org.hirewatch.domain.CaseQuery.all().withText("note"));
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(references).hasSize(90);
        assertThat(ws.cases().count()).isEqualTo(90);
        assertThat(ws.audit().verify()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.entriesChecked()).isEqualTo(1 + 90 * 2);
        });
    }

    private List<String> identifiers() {
        return ws.write(h -> h.createQuery("SELECT raw_value FROM evidence_identifier ORDER BY raw_value").mapTo(String.class).list());
    }

    private static EvidenceDraft draft(String ip) {
        return new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, EvidenceSamples.OBSERVED, "IdP export", Map.of("ipAddress", ip));
    }
}
