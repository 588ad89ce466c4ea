package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSmokeTest {
    @TempDir
    Path dir;

    @Test
    void createsReopensAndRefusesWrongPassphrase() throws Exception {
        Path folder = dir.resolve("ws");
        try (Workspace ws = Workspace.create(folder, "correct horse".toCharArray(), KdfParams.fresh(1000), "tester")) {
            CaseFile c = ws.cases().create(CaseDetails.newCase("Backend contractor", Subject.named("Jon Doe")));
            assertThat(c.reference()).matches("HW-\\d{4}-0001");
            ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, Instant.now(), "CV",
                    Map.of("email", "jon.doe@example.com")), List.of());
            ws.notes().addToCase(c.id(), "First call went oddly");
        }
        try (Workspace ws = Workspace.open(folder, "correct horse".toCharArray(), "tester")) {
            assertThat(ws.cases().list(CaseQuery.all())).hasSize(1);
            assertThat(ws.cases().list(CaseQuery.all().withText("jon.doe@"))).hasSize(1);
            assertThat(ws.cases().list(CaseQuery.all().withText("oddly"))).hasSize(1);
            assertThat(ws.audit().verify().intact()).isTrue();
            assertThat(ws.audit().verify().entriesChecked()).isEqualTo(4);
        }
        assertThatThrownBy(() -> Workspace.open(folder, "wrong".toCharArray(), "tester"))
                .isInstanceOf(WorkspaceException.class)
                .extracting(e -> ((WorkspaceException) e).reason()).isEqualTo(WorkspaceException.Reason.WRONG_PASSPHRASE);
        byte[] bytes = Files.readAllBytes(folder.resolve(WorkspaceLocation.DB_FILE));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Jon Doe");
    }
}
