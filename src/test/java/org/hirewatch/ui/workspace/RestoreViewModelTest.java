package org.hirewatch.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.casefile.RecordingDialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreViewModelTest {
    @TempDir
    Path dir;
    RestoreFixture fx;
    final I18n i18n = new I18n(Locale.ENGLISH);
    final RecordingDialogs dialogs = new RecordingDialogs();
    RestoreViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new RestoreFixture(dir);
        vm = new RestoreViewModel(fx.restorer(), fx.opener(), new ImmediateTaskRunner(), i18n, dialogs, fx.opened::add);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void suggestsAFolderBesideTheWorkspaceAndRestoresIntoIt() {
        Path suggested = dir.resolve("workspace-restored").toAbsolutePath();
        assertThat(vm.targetProperty().get()).isEqualTo(suggested.toString());
        dialogs.filesToOpen.add(List.of(fx.backup));
        vm.chooseBackup();
        assertThat(vm.canRestoreProperty().get()).isFalse();
        vm.passphraseProperty().set(RestoreFixture.PASSPHRASE);

        vm.restore();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.restoredProperty().get()).isTrue();
        assertThat(vm.resultProperty().get().ok()).isTrue();
        assertThat(vm.resultTextProperty().get())
                .contains("Restored, and the audit trail checks out.")
                .contains("Restored into " + suggested + ": 2 case(s), 0 evidence item(s), 0 attached file(s).")
                .contains("Audit trail intact:")
                .contains("The newest audit entry recorded in the backup is present.")
                .contains("The backup was taken on");
        assertThat(vm.canRestoreProperty().get()).as("a second restore from the same dialog").isFalse();

        boolean[] closedFirst = new boolean[1];
        vm.openRestored(() -> closedFirst[0] = fx.opened.isEmpty());
        assertThat(closedFirst[0]).isTrue();
        assertThat(fx.opened).singleElement().extracting(Workspace::folder).isEqualTo(suggested);
        assertThat(fx.remembered).containsExactly(suggested);
        assertThat(fx.opened.get(0).cases().count()).isEqualTo(2);
        assertThat(vm.passphraseProperty().get()).isEmpty();
    }

    @Test
    void aChosenFolderReplacesTheSuggestion() {
        Path chosen = dir.resolve("elsewhere/copy");
        dialogs.folders.add(chosen);
        vm.chooseTarget();
        assertThat(vm.targetProperty().get()).isEqualTo(chosen.toAbsolutePath().toString());
    }

    @Test
    void aWrongPassphraseSaysSoAndLeavesNothingBehind() {
        vm.backupFileProperty().set(fx.backup.toString());
        vm.passphraseProperty().set("not the passphrase at all");
        vm.restore();
        assertThat(vm.errorProperty().get()).isEqualTo(i18n.text("error.wrongPassphrase"));
        assertThat(vm.restoredProperty().get()).isFalse();
        assertThat(dir.resolve("workspace-restored")).doesNotExist();
        assertThat(vm.canRestoreProperty().get()).as("the user can correct it and try again").isTrue();
    }

    @Test
    void aNonEmptyFolderAndADamagedBackupAreRefusedInWords() throws Exception {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("keep.txt"), "mine");
        vm.backupFileProperty().set(fx.backup.toString());
        vm.targetProperty().set(busy.toString());
        vm.passphraseProperty().set(RestoreFixture.PASSPHRASE);
        vm.restore();
        assertThat(vm.errorProperty().get()).startsWith("The folder ").contains("is not empty").doesNotContain("Exception");
        try (var files = Files.list(busy)) {
            assertThat(files.toList()).containsExactly(busy.resolve("keep.txt"));
        }

        Path junk = Files.writeString(dir.resolve("junk.hwbackup"), "not a backup");
        vm.backupFileProperty().set(junk.toString());
        vm.targetProperty().set(dir.resolve("fresh").toString());
        vm.restore();
        assertThat(vm.errorProperty().get()).contains("is damaged or incomplete");
        assertThat(dir.resolve("fresh")).doesNotExist();
    }

    @Test
    void theSuggestionSkipsFoldersThatAreTaken() throws Exception {
        Files.createDirectories(dir.resolve("workspace-restored"));
        assertThat(WorkspaceRestorer.besides(dir.resolve("workspace")))
                .isEqualTo(dir.resolve("workspace-restored-2").toAbsolutePath());
    }
}
