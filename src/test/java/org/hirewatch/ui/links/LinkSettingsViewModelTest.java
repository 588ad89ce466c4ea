package org.hirewatch.ui.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hirewatch.domain.LinkSettings;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.links.LinkService;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link settings screen's view model on a real encrypted workspace, with store calls run on the test thread. */
class LinkSettingsViewModelTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    LinkService links;
    LinkSettingsViewModel vm;
    final AtomicInteger reruns = new AtomicInteger();

    @BeforeEach
    void setUp() {
        fx = new CaseFixture(dir);
        CheckService checks = CheckService.attach(fx.workspace);
        links = LinkService.attach(fx.workspace, checks);
        vm = new LinkSettingsViewModel(links, checks, new ImmediateTaskRunner(), fx.i18n, fx.dialogs, Runnable::run,
                reruns::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private List<String> audited() {
        return BenchAccess.withConnection(fx.workspace, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT action FROM audit_log WHERE action LIKE 'link.%' ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void savesSettingsAndUndoPutsThemBack() {
        assertThat(vm.regionProperty().get()).isEqualTo("US");
        assertThat(vm.canSaveBinding().get()).as("nothing changed yet").isFalse();

        vm.frequencyCapProperty().set(25);
        vm.networkMatchesProperty().set(false);
        vm.regionProperty().set("gb");
        assertThat(vm.canSaveBinding().get()).isTrue();
        vm.save();

        assertThat(links.settings()).isEqualTo(new LinkSettings("GB", false, 25, 0.85, 3));
        assertThat(vm.statusProperty().get()).isEqualTo(fx.i18n.text("linkSettings.saved.region"));
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(reruns.get()).as("every case re-checked after the change").isEqualTo(1);
        assertThat(vm.undoAvailableProperty().get()).isTrue();

        vm.undo();
        assertThat(links.settings()).isEqualTo(LinkSettings.defaults());
        assertThat(vm.frequencyCapProperty().get()).isEqualTo(10);
        assertThat(vm.undoAvailableProperty().get()).isFalse();
        assertThat(reruns.get()).isEqualTo(2);
        assertThat(audited()).containsExactly("link.settings", "link.settings");
    }

    @Test
    void aWrongRegionIsShownAtTheFieldAndNothingIsSaved() {
        vm.regionProperty().set("XX");
        assertThat(vm.regionErrorProperty().get()).isEqualTo(fx.i18n.text("links.settings.badRegion"));
        assertThat(vm.canSaveBinding().get()).isFalse();
        vm.save();
        assertThat(links.settings()).isEqualTo(LinkSettings.defaults());

        vm.resetToDefaults();
        assertThat(vm.regionErrorProperty().get()).isEmpty();
        assertThat(vm.regionProperty().get()).isEqualTo("US");
    }

    @Test
    void addsAndRemovesAWarningEntryWithUndo() {
        int builtIn = vm.rows().size();
        assertThat(vm.rows()).as("the shipped webmail domains are listed, read-only").isNotEmpty().allMatch(WarningRow::builtIn);

        WarningDraft draft = new WarningDraft(fx.i18n);
        draft.kindProperty().set(WarningEntry.IP_RANGE);
        assertThat(draft.listProperty().get()).as("a range suggests the network list").isEqualTo(WarningEntry.WarningList.NETWORK);
        draft.valueProperty().set("198.51.100.0/33");
        assertThat(draft.valueErrorProperty().get()).isEqualTo(fx.i18n.text("links.warning.badRange"));
        assertThat(draft.validBinding().get()).isFalse();
        draft.valueProperty().set("198.51.100.0/24");
        draft.noteProperty().set("Office VPN exit");
        assertThat(draft.validBinding().get()).isTrue();
        vm.add(d -> Optional.of(draft));

        assertThat(links.warnings()).extracting(WarningEntry::normalized).containsExactly("198.51.100.0/24");
        assertThat(vm.rows()).hasSize(builtIn + 1);
        assertThat(reruns.get()).isEqualTo(1);

        vm.listFilterProperty().set(vm.listOptions().stream()
                .filter(o -> o.list() == WarningEntry.WarningList.NETWORK).findFirst().orElseThrow());
        assertThat(vm.visibleRows()).extracting(WarningRow::value).containsExactly("198.51.100.0/24");
        vm.selectedProperty().set(vm.visibleRows().get(0));
        vm.removeSelected();
        assertThat(fx.dialogs.confirmations).hasSize(1);
        assertThat(links.warnings()).isEmpty();
        assertThat(vm.visibleRows()).isEmpty();
        assertThat(reruns.get()).isEqualTo(2);

        vm.undo();
        assertThat(links.warnings()).singleElement().satisfies(e -> {
            assertThat(e.list()).isEqualTo(WarningEntry.WarningList.NETWORK);
            assertThat(e.note()).isEqualTo("Office VPN exit");
        });
        assertThat(vm.visibleRows()).extracting(WarningRow::value).containsExactly("198.51.100.0/24");
        assertThat(reruns.get()).isEqualTo(3);
        assertThat(audited()).containsExactly("link.warning.add", "link.warning.remove", "link.warning.add");

        // a built-in row cannot be removed
        vm.listFilterProperty().set(vm.listOptions().get(vm.listOptions().size() - 1));
        vm.selectedProperty().set(vm.visibleRows().get(0));
        assertThat(vm.canRemoveBinding().get()).isFalse();
    }

    @Test
    void aDuplicateIsRefusedWithTheStoreReason() {
        WarningDraft draft = new WarningDraft(fx.i18n);
        draft.valueProperty().set("example.com");
        vm.add(d -> Optional.of(draft));
        vm.add(d -> Optional.of(draft));
        assertThat(vm.errorProperty().get()).isEqualTo(fx.i18n.text("links.warning.duplicate"));
        assertThat(links.warnings()).hasSize(1);
    }
}
