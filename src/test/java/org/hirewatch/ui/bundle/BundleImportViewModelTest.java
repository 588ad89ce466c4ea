package org.hirewatch.ui.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Subject;
import org.hirewatch.exchange.bundle.BundleService;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.BundleStore.Mode;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import preview: what the bundle holds, which cases exist here, the choice per case, and refusals in words. */
class BundleImportViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    CaseFile existing;
    Path bundle;
    final I18n i18n = new I18n(Locale.ENGLISH);

    @BeforeEach
    void setUp() {
        ws = Workspace.create(dir.resolve("ws"), "correct horse battery staple".toCharArray(), KdfParams.fresh(1000), "tester");
        CheckService.attach(ws);
        existing = ws.cases().create(CaseDetails.newCase("Backend engineer", Subject.named("Dana Example")));
        CaseFile other = ws.cases().create(CaseDetails.newCase("Designer", Subject.named("Lee Example")));
        bundle = dir.resolve("two.hwbundle");
        BundleExportViewModel export = new BundleExportViewModel(new BundleService(ws), new ImmediateTaskRunner(), i18n,
                1000, List.of(existing.id(), other.id()));
        export.passphraseProperty().set("handover passphrase 2026");
        assertThat(export.canExportBinding().get()).isFalse();
        export.repeatProperty().set("handover passphrase 2026");
        assertThat(export.canExportBinding().get()).isTrue();
        String[] done = {null};
        export.export(bundle, r -> done[0] = export.doneText(r));
        assertThat(done[0]).contains("2 cases");
        ws.notes().addToCase(other.id(), "keeps this workspace apart");
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private BundleImportViewModel vm(String passphrase) {
        BundleImportViewModel vm = new BundleImportViewModel(new BundleService(ws), new ImmediateTaskRunner(), i18n);
        vm.fileProperty().set(bundle);
        vm.passphraseProperty().set(passphrase);
        vm.open();
        return vm;
    }

    @Test
    void thePreviewListsTheCasesWithWhatTheyHoldAndTheirConflicts() {
        BundleImportViewModel vm = vm("handover passphrase 2026");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.openedProperty().get()).isTrue();
        assertThat(vm.rows()).hasSize(2).allSatisfy(r -> assertThat(r.conflicts()).isTrue());
        assertThat(vm.rows().get(0).reference()).isEqualTo(existing.reference());
        assertThat(vm.rows().get(0).subjectName()).isEqualTo("Dana Example");
        assertThat(vm.rows().get(0).contents()).contains("0 evidence").contains("audit entries");
        assertThat(vm.rows().get(0).conflict()).isEqualTo("Exists here as " + existing.reference());
        assertThat(vm.rows().get(0).choiceProperty().get()).isEqualTo(Mode.KEEP);
        assertThat(vm.summaryProperty().get()).contains("tester").contains("All checks passed");

        vm.rows().get(1).choiceProperty().set(Mode.COPY);
        String[] done = {null};
        vm.importCases(t -> done[0] = t);
        assertThat(done[0]).startsWith("One case imported, one kept");
        assertThat(ws.cases().count()).isEqualTo(3);
    }

    @Test
    void aWrongPassphraseIsToldInWordsAndNothingIsShown() {
        BundleImportViewModel vm = vm("not the passphrase");
        assertThat(vm.openedProperty().get()).isFalse();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo(i18n.text("caseBundle.error.wrongPassphrase"));
    }
}
