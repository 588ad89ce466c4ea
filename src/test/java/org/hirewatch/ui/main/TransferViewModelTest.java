package org.hirewatch.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.casefile.RecordingDialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferViewModelTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.create(dir.resolve("ws"), "pass phrase 1".toCharArray(), KdfParams.fresh(1000), "tester");
    }

    private static TransferViewModel vm(Workspace ws, RecordingDialogs dialogs) {
        I18n i18n = new I18n(Locale.ENGLISH);
        CaseListViewModel list = new CaseListViewModel(ws, new ImmediateTaskRunner(), i18n);
        return new TransferViewModel(ws, CheckService.attach(ws), new ImmediateTaskRunner(), i18n, dialogs, list);
    }

    @Test
    void importShowsTheDryRunFirstAndABadFileImportsNothing() throws Exception {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "applicant,name,kind,observed_at,source,email\n"
                + "A-1,Dana Example,CONTACT_CHANNEL,2026-03-01,form,dana@example.com\n"
                + "A-2,Sam Sample,CONTACT_CHANNEL,someday,form,sam@example.com\n");
        try (Workspace ws = workspace()) {
            RecordingDialogs dialogs = new RecordingDialogs();
            dialogs.filesToOpen.add(List.of(csv));
            vm(ws, dialogs).importApplicants();
            assertThat(dialogs.errors).singleElement().asString().contains("Line 3, observed_at:");
            assertThat(dialogs.confirmations).isEmpty();
            assertThat(ws.cases().count()).isZero();

            Files.writeString(csv, "applicant,name,kind,observed_at,source,email\n"
                    + "A-1,Dana Example,CONTACT_CHANNEL,2026-03-01,form,dana@example.com\n");
            dialogs.filesToOpen.add(List.of(csv));
            dialogs.confirmAnswer = false;
            vm(ws, dialogs).importApplicants();
            assertThat(dialogs.confirmations).singleElement().asString()
                    .contains("1 case(s) with 1 evidence item(s)", "Import now?");
            assertThat(ws.cases().count()).isZero();

            dialogs.filesToOpen.add(List.of(csv));
            dialogs.confirmAnswer = true;
            vm(ws, dialogs).importApplicants();
            assertThat(ws.cases().count()).isEqualTo(1);
        }
    }

    @Test
    void purgePreviewListsKeptCasesWithTheReasonAndDeclinedPurgeDeletesNothing() {
        try (Workspace ws = workspace()) {
            CaseFile gone = expired(ws, "Dana Example", false);
            CaseFile held = expired(ws, "Held Example", true);
            RecordingDialogs dialogs = new RecordingDialogs();
            dialogs.confirmAnswer = false;
            vm(ws, dialogs).purge();
            assertThat(dialogs.confirmations).singleElement().asString()
                    .contains("Delete " + gone.reference(), "Keep " + held.reference(), "on legal hold");
            assertThat(ws.cases().count()).isEqualTo(2);

            dialogs.confirmAnswer = true;
            vm(ws, dialogs).purge();
            assertThat(ws.cases().findByReference(gone.reference())).isEmpty();
            assertThat(ws.cases().findByReference(held.reference())).isPresent();
            assertThat(dialogs.infos).last().asString().contains("Purged 1 case(s)");
        }
    }

    private static CaseFile expired(Workspace ws, String name, boolean hold) {
        CaseFile c = ws.cases().create(CaseDetails.newCase("Case " + name, Subject.named(name)));
        return ws.cases().update(c.id(), c.version(), new CaseDetails(c.title(), c.status(), c.decision(),
                c.decisionRationale(), c.priority(), c.assignee(), c.tags(), LocalDate.now().minusDays(3), hold,
                c.subject()));
    }
}
