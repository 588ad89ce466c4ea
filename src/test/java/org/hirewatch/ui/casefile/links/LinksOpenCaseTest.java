package org.hirewatch.ui.casefile.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.links.LinkService;
import org.hirewatch.ui.casefile.CaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Open other case" on the Links tab hands the selected row's other case to the app's case opener. */
class LinksOpenCaseTest {
    @TempDir
    Path dir;

    @Test
    void opensTheOtherCaseOfTheSelectedRow() {
        try (CaseFixture fx = new CaseFixture(dir)) {
            Instant at = Instant.parse("2026-03-02T14:00:00Z");
            fx.workspace.evidence().add(fx.caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, at, "CV",
                    Map.of("email", "jon.doe@example.org")), List.of());
            UUID other = fx.workspace.cases().create(CaseDetails.newCase("Second applicant", new Subject(
                    List.of(new NameSpelling("Dana Example", "CV")), "", "", "", "", "", "", ""))).id();
            fx.workspace.evidence().add(other, new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, at, "CV",
                    Map.of("email", "Jon.Doe@example.org")), List.of());
            List<UUID> opened = new ArrayList<>();
            LinksViewModel vm = new LinksViewModel(fx.immediateSession(), new LinkService(fx.workspace), opened::add);

            vm.openSelectedCase();
            assertThat(opened).isEmpty();
            vm.load();
            vm.selectedProperty().set(vm.rows().get(0));
            vm.openSelectedCase();

            assertThat(opened).containsExactly(other);
        }
    }
}
