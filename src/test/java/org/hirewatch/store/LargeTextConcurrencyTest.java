package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.Note;
import org.hirewatch.domain.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1 MB notes while another thread reads (the UI's case list refreshing during a save). With H2 2.5.252's default
 * background writer (WRITE_DELAY 500 ms), readers failed with "File corrupted in chunk n, expected page length..."
 * and writers with "Reading from file ... failed" in every run of this test: rows holding values of about 1 MB
 * (TEXT is VARCHAR in PostgreSQL mode, stored inline) race with that thread. Workspace opens with WRITE_DELAY=0.
 */
class LargeTextConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void oneMegabyteNotesAreWrittenWhileTheListIsRead() throws Exception {
        String mb = "Line of text <b>x</b> O'Brien;\n".repeat(34_000); // 1,088,000 characters
        for (int round = 0; round < 2; round++) {
            Path folder = dir.resolve("ws" + round);
            List<UUID> notes = new ArrayList<>();
            UUID caseId;
            try (Workspace ws = StoreFixtures.create(folder)) {
                caseId = ws.cases().create(CaseDetails.newCase("Long notes", Subject.empty())).id();
                AtomicBoolean stop = new AtomicBoolean();
                AtomicReference<Throwable> readerError = new AtomicReference<>();
                Thread reader = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            ws.cases().list(CaseQuery.all().withText("no such text"));
                            ws.notes().listForCase(caseId);
                        } catch (Throwable t) {
                            readerError.compareAndSet(null, t);
                        }
                    }
                });
                reader.start();
                try {
                    for (int i = 0; i < 6; i++) {
                        Note n = ws.notes().addToCase(caseId, mb + i);
                        notes.add(ws.notes().edit(n.id(), 1, mb + i + " edited").id());
                    }
                } finally {
                    stop.set(true);
                    reader.join();
                }
                assertThat(readerError.get()).as("reader").isNull();
            }
            try (Workspace ws = StoreFixtures.open(folder)) {
                for (int i = 0; i < notes.size(); i++) {
                    assertThat(ws.notes().history(notes.get(i))).extracting(r -> r.body())
                            .containsExactly(mb + i, mb + i + " edited");
                }
                assertThat(ws.audit().verify()).isEqualTo(AuditVerification.ok(2 + 12));
            }
        }
    }
}
