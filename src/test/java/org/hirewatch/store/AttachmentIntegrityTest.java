package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.store.StoreFixtures.ACTOR;
import static org.hirewatch.store.StoreFixtures.PASSPHRASE;
import static org.hirewatch.store.StoreFixtures.assertReason;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hirewatch.domain.AttachmentInfo;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.WorkspaceException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments: a copy is only written when its bytes still match the SHA-256 taken when it was added. */
class AttachmentIntegrityTest {
    @TempDir
    Path dir;
    Path folder;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        folder = dir.resolve("ws");
        out = Files.createDirectories(dir.resolve("out"));
        StoreFixtures.create(folder).close();
    }

    private static EvidenceDraft fileDraft() {
        return new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, EvidenceSamples.OBSERVED, "upload", Map.of("description", "CV"));
    }

    private AttachmentInfo addOne(Workspace ws, String name, byte[] content) throws Exception {
        Path f = Files.write(dir.resolve(name), content);
        UUID caseId = ws.cases().create(CaseDetails.newCase("Case for " + name, Subject.empty())).id();
        return ws.evidence().add(caseId, fileDraft(), List.of(f)).attachments().get(0);
    }

    @Test
    void tamperedBytesAreRefusedAndNoFileIsLeft() throws Exception {
        try (Workspace ws = StoreFixtures.open(folder)) {
            AttachmentInfo a = addOne(ws, "cv.pdf", "original CV bytes".getBytes(StandardCharsets.UTF_8));
            Path good = out.resolve("good.pdf");
            ws.evidence().saveCopy(a.id(), good);
            assertThat(Files.readString(good)).isEqualTo("original CV bytes");

            int changed = ws.write(h -> h.createUpdate("UPDATE attachment SET content = :c WHERE id = :id")
                    .bind("c", "altered CV bytes!".getBytes(StandardCharsets.UTF_8)).bind("id", a.id()).execute());
            assertThat(changed).isEqualTo(1);

            Path target = out.resolve("copy.pdf");
            assertReason(() -> ws.evidence().saveCopy(a.id(), target), Reason.ATTACHMENT_CORRUPT);
            assertThat(target).doesNotExist();
            // A file already at the target is not replaced by the bad copy.
            assertReason(() -> ws.evidence().saveCopy(a.id(), good), Reason.ATTACHMENT_CORRUPT);
            assertThat(Files.readString(good)).isEqualTo("original CV bytes");
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("good.pdf");
            }
        }
    }

    @Test
    void tamperedHashIsRefused() throws Exception {
        try (Workspace ws = StoreFixtures.open(folder)) {
            AttachmentInfo a = addOne(ws, "photo.png", new byte[] {1, 2, 3});
            ws.write(h -> h.createUpdate("UPDATE attachment SET sha256 = :s WHERE id = :id").bind("s", "0".repeat(64))
                    .bind("id", a.id()).execute());
            assertReason(() -> ws.evidence().saveCopy(a.id(), out.resolve("p.png")), Reason.ATTACHMENT_CORRUPT);
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void fileOverTheLimitIsRefusedAndNothingIsSaved() throws Exception {
        Path big = Files.write(dir.resolve("big.bin"), new byte[1025]);
        Path exact = Files.write(dir.resolve("exact.bin"), new byte[1024]);
        try (Workspace ws = Workspace.open(folder, PASSPHRASE.toCharArray(), ACTOR, 1024)) {
            assertThat(ws.evidence().attachmentLimit()).isEqualTo(1024);
            UUID caseId = ws.cases().create(CaseDetails.newCase("Limits", Subject.empty())).id();
            long audit = ws.audit().size();

            assertReason(() -> ws.evidence().add(caseId, fileDraft(), List.of(exact, big)), Reason.ATTACHMENT_TOO_LARGE);
            assertThat(ws.evidence().listForCase(caseId)).isEmpty();
            assertThat(ws.audit().size()).isEqualTo(audit);

            Evidence e = ws.evidence().add(caseId, fileDraft(), List.of(exact)); // exactly at the limit is fine
            assertReason(() -> ws.evidence().addAttachment(e.id(), big), Reason.ATTACHMENT_TOO_LARGE);
            assertThat(ws.evidence().get(e.id()).attachments()).hasSize(1);
            assertThat(ws.audit().size()).isEqualTo(audit + 1);
            long stored = ws.write(h -> h.createQuery("SELECT COUNT(*) FROM attachment").mapTo(Long.class).one());
            assertThat(stored).isEqualTo(1);
        }
    }

    @Test
    void unreadableOrMissingFileIsRefusedAndNothingIsSaved() throws Exception {
        try (Workspace ws = StoreFixtures.open(folder)) {
            UUID caseId = ws.cases().create(CaseDetails.newCase("Missing", Subject.empty())).id();
            long audit = ws.audit().size();
            assertReason(() -> ws.evidence().add(caseId, fileDraft(), List.of(dir.resolve("nope.pdf"))), Reason.FILE_UNREADABLE);
            assertReason(() -> ws.evidence().add(caseId, fileDraft(), List.of(out)), Reason.FILE_UNREADABLE); // a folder
            assertThat(ws.evidence().listForCase(caseId)).isEmpty();
            assertThat(ws.audit().size()).isEqualTo(audit);
        }
    }

    @Test
    void fileEvidenceNeedsAFile() {
        try (Workspace ws = StoreFixtures.open(folder)) {
            UUID caseId = ws.cases().create(CaseDetails.newCase("No file", Subject.empty())).id();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.evidence().add(caseId, fileDraft(), List.of()))
                    .isInstanceOf(org.hirewatch.domain.ValidationException.class)
                    .extracting(e -> ((org.hirewatch.domain.ValidationException) e).violations().get(0).field())
                    .isEqualTo("attachments");
        }
    }
}
