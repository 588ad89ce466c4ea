package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.store.StoreFixtures.ACTOR;
import static org.hirewatch.store.StoreFixtures.PASSPHRASE;
import static org.hirewatch.store.StoreFixtures.assertReason;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.store.WorkspaceException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    @TempDir
    Path dir;

    private Path workspaceWithData(String secret) throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace ws = StoreFixtures.create(folder)) {
            CaseFile c = ws.cases().create(StoreFixtures.details("Backend developer", secret));
            ws.evidence().add(c.id(), EvidenceSamples.draft(EvidenceKind.CONTACT_CHANNEL), List.of());
            Path file = dir.resolve("cv.txt");
            Files.writeString(file, "Curriculum of " + secret);
            ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.FILE_ATTACHMENT, EvidenceSamples.OBSERVED, "upload",
                    Map.of("description", "CV")), List.of(file));
            ws.notes().addToCase(c.id(), "Called " + secret);
        }
        return folder;
    }

    @Test
    void restoredCopyEqualsTheOriginalAndItsChainVerifies() throws Exception {
        Path folder = workspaceWithData("Dana Example");
        Path backup = dir.resolve("out/ws.hwbackup");
        List<String> cases;
        long auditSize;
        UUID attachmentId;
        try (Workspace ws = StoreFixtures.open(folder)) {
            WorkspaceBackup.Summary s = WorkspaceBackup.backup(ws, backup);
            assertThat(s.cases()).isEqualTo(1);
            assertThat(s.attachments()).isEqualTo(1);
            cases = ws.cases().list(org.hirewatch.domain.CaseQuery.all()).stream().map(c -> c.reference() + c.subjectName()).toList();
            auditSize = ws.audit().size();
            attachmentId = ws.evidence().listForCase(ws.cases().list(org.hirewatch.domain.CaseQuery.all()).get(0).id())
                    .stream().flatMap(e -> e.attachments().stream()).findFirst().orElseThrow().id();
        }
        // Encrypted at rest: no stored text shows in the backup file.
        String raw = new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Dana Example").doesNotContain("Curriculum");

        Path target = dir.resolve("restored");
        WorkspaceBackup.RestoreReport r = WorkspaceBackup.restore(backup, target, PASSPHRASE.toCharArray(), ACTOR);
        assertThat(r.ok()).isTrue();
        assertThat(r.cases()).isEqualTo(1);
        assertThat(r.evidence()).isEqualTo(2);
        assertThat(r.attachments()).isEqualTo(1);
        try (Workspace ws = StoreFixtures.open(target)) {
            assertThat(ws.cases().list(org.hirewatch.domain.CaseQuery.all()).stream()
                    .map(c -> c.reference() + c.subjectName()).toList()).isEqualTo(cases);
            assertThat(ws.audit().size()).isEqualTo(auditSize);
            assertThat(ws.audit().verify().intact()).isTrue();
            Path copy = dir.resolve("copy.txt");
            ws.evidence().saveCopy(attachmentId, copy);
            assertThat(Files.readString(copy)).isEqualTo("Curriculum of Dana Example");
        }
    }

    @Test
    void refusesANonEmptyFolderAndWritesNothing() throws Exception {
        Path folder = workspaceWithData("Dana Example");
        Path backup = dir.resolve("b.zip");
        try (Workspace ws = StoreFixtures.open(folder)) {
            WorkspaceBackup.backup(ws, backup);
        }
        Path target = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(target.resolve("keep.txt"), "mine");
        assertReason(() -> WorkspaceBackup.restore(backup, target, PASSPHRASE.toCharArray(), ACTOR), Reason.TARGET_NOT_EMPTY);
        try (var s = Files.list(target)) {
            assertThat(s.toList()).containsExactly(target.resolve("keep.txt"));
        }
    }

    @Test
    void refusesADamagedBackupAndLeavesNoFolder() throws Exception {
        Path folder = workspaceWithData("Dana Example");
        Path backup = dir.resolve("b.zip");
        try (Workspace ws = StoreFixtures.open(folder)) {
            WorkspaceBackup.backup(ws, backup);
        }
        // One byte changed in the middle of the stored database.
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x5A);
        }
        Path target = dir.resolve("restored");
        assertReason(() -> WorkspaceBackup.restore(backup, target, PASSPHRASE.toCharArray(), ACTOR), Reason.BACKUP_DAMAGED);
        assertThat(target).doesNotExist();

        Files.writeString(dir.resolve("junk.zip"), "not a zip at all");
        assertReason(() -> WorkspaceBackup.restore(dir.resolve("junk.zip"), target, PASSPHRASE.toCharArray(), ACTOR),
                Reason.BACKUP_DAMAGED);
    }

    @Test
    void wrongPassphraseIsRefusedBeforeTheDatabaseIsWritten() throws Exception {
        Path folder = workspaceWithData("Dana Example");
        Path backup = dir.resolve("b.zip");
        try (Workspace ws = StoreFixtures.open(folder)) {
            WorkspaceBackup.backup(ws, backup);
        }
        Path target = dir.resolve("restored");
        assertReason(() -> WorkspaceBackup.restore(backup, target, "wrong passphrase!".toCharArray(), ACTOR),
                Reason.WRONG_PASSPHRASE);
        assertThat(target).doesNotExist();
    }

    @Test
    void anOlderDatabaseThanTheRecordedHeadIsNoticedOnOpen() throws Exception {
        Path folder = workspaceWithData("Dana Example");
        Path old = dir.resolve("old.mv.db");
        Files.copy(folder.resolve(WorkspaceLocation.DB_FILE), old);
        try (Workspace ws = StoreFixtures.open(folder)) {
            ws.cases().create(StoreFixtures.details("Second", "Sam Sample"));
            assertThat(AuditHeadFile.check(ws)).isEmpty();
        }
        Files.copy(old, folder.resolve(WorkspaceLocation.DB_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Workspace ws = StoreFixtures.open(folder)) {
            assertThat(AuditHeadFile.check(ws)).isPresent();
        }
    }
}
