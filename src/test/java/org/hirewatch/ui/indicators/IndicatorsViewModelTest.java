package org.hirewatch.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.CustomIndicator.Operator;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.domain.Severity;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.BenchAccess;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicators screen's view model on a real encrypted workspace, with store calls run on the test thread. */
class IndicatorsViewModelTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    CheckService checks;
    IndicatorsViewModel vm;
    final AtomicInteger reruns = new AtomicInteger();

    @BeforeEach
    void setUp() {
        fx = new CaseFixture(dir);
        checks = CheckService.attach(fx.workspace);
        vm = new IndicatorsViewModel(checks, new ImmediateTaskRunner(), fx.i18n, fx.dialogs, Runnable::run, reruns::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private IndicatorRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private SettingDraft select(String id) {
        assertThat(vm.select(row(id))).isTrue();
        return vm.draftProperty().get();
    }

    private static ParameterInput param(SettingDraft d, String key) {
        return d.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private IndicatorSetting stored(String id) {
        return fx.workspace.indicatorSettings().settings().get(id);
    }

    /** Indicator changes are workspace-wide, so their audit entries have no case: read them from the log itself. */
    private List<String> auditedIndicatorActions() {
        return BenchAccess.withConnection(fx.workspace, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT action FROM audit_log WHERE entity_type = 'indicator' ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void listsTheWholeCatalogueInIdOrderWithItsVersion() {
        assertThat(vm.rows()).hasSize(60);
        List<String> ids = vm.rows().stream().map(IndicatorRow::id).toList();
        assertThat(ids).isSorted().contains("IDN-01", "XAP-07");
        assertThat(vm.catalogueTextProperty().get()).isEqualTo("Catalogue 2026.11.2, published 2026-11-23");
        assertThat(vm.countTextProperty().get()).isEqualTo("60 catalogue indicators, 0 custom");
        IndicatorRow first = vm.rows().get(0);
        assertThat(vm.selectedProperty().get()).isSameAs(first);
        assertThat(first.title()).isNotBlank().doesNotStartWith("indicator.");
        assertThat(first.categoryLabel()).doesNotStartWith("indicator.category");
        assertThat(vm.rows()).allMatch(r -> r.enabledProperty().get());
    }

    @Test
    void filtersByCategoryAndByText() {
        vm.categoryProperty().set(vm.categoryOptions().stream().filter(o -> "PAY".equals(o.code())).findFirst().orElseThrow());
        assertThat(vm.visibleRows()).isNotEmpty().allMatch(r -> r.category().equals("PAY"));

        vm.searchProperty().set("pay-02");
        assertThat(vm.visibleRows()).extracting(IndicatorRow::id).containsExactly("PAY-02");

        vm.clearFilters();
        vm.searchProperty().set(row("IDN-01").title().substring(0, 12).toUpperCase());
        assertThat(vm.visibleRows()).extracting(IndicatorRow::id).contains("IDN-01");
        vm.searchProperty().set("no indicator is called this");
        assertThat(vm.visibleRows()).isEmpty();
        vm.clearFilters();
        assertThat(vm.visibleRows()).hasSize(60);
    }

    @Test
    void detailsExplainTheIndicatorItsEvidenceParametersAndSources() {
        SettingDraft d = select("IDN-01");
        IndicatorDetails details = vm.detailsProperty().get();
        assertThat(details.title()).isEqualTo("Identity details differ between sources");
        assertThat(details.summary()).startsWith("IDN-01 · Identity and documents · Severity: Medium · Automatic · Weight\u00a03");
        assertThat(details.description()).startsWith("The name, claimed country");
        assertThat(details.verify()).isNotBlank();
        assertThat(details.innocent()).startsWith("Typos");
        assertThat(details.question()).isEmpty();
        assertThat(details.needs()).contains("Identity document: Name as printed",
                "Claimed identity: Names, Claimed country");
        assertThat(details.sources()).first().asString().startsWith("ADV22 – US State/Treasury/FBI").endsWith("(2022-05-16)");
        ParameterInput p = param(d, "maxNameDistance");
        assertThat(p.label()).isEqualTo("Largest name spelling difference (letters)");
        assertThat(p.help()).startsWith("Two spellings");
        assertThat(p.defaultText()).isEqualTo("Default: 2");
        assertThat(p.valueProperty().get()).isEqualTo("2");
        assertThat(d.weightProperty().get()).isEqualTo("3");

        select("IDN-16");
        assertThat(vm.detailsProperty().get().question()).startsWith("Has the worker asked a colleague");
    }

    @Test
    void theTableSwitchSavesAtOnceIsAuditedAndRerunsTheChecks() {
        row("COM-02").enabledProperty().set(false);

        assertThat(stored("COM-02").enabled()).isFalse();
        assertThat(checks.config().get("COM-02").orElseThrow().enabled()).isFalse();
        assertThat(row("COM-02").enabledProperty().get()).isFalse();
        assertThat(auditedIndicatorActions()).containsExactly("indicator.setting");
        assertThat(vm.statusProperty().get()).isEqualTo("COM-02 turned off.");
        assertThat(vm.undoAvailableProperty().get()).isTrue();
        assertThat(reruns).hasValue(1);
        // The fixture's two name spellings raise IDN-01; COM-02 has no evidence to raise anything.
        assertThat(vm.checksTextProperty().get()).isEqualTo("Checks re-run on one case: one finding raised.");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.recheckingProperty().get()).isFalse();
    }

    @Test
    void aWeightOutsideTheRangeIsRefusedWithAMessageAndNothingIsSaved() {
        SettingDraft d = select("IDN-01");
        d.weightProperty().set("heavy");
        assertThat(d.weightErrorProperty().get()).isEqualTo("A weight is a number from 0 to 100.");
        assertThat(vm.save()).isFalse();
        d.weightProperty().set("150");
        assertThat(vm.save()).isFalse();
        assertThat(vm.detailsMessageProperty().get()).isEqualTo("Not saved: fix the values marked in red.");
        assertThat(stored("IDN-01")).isNull();
        assertThat(auditedIndicatorActions()).isEmpty();
        assertThat(reruns).hasValue(0);

        d.weightProperty().set("7.5");
        assertThat(d.weightErrorProperty().get()).isEmpty();
        assertThat(d.dirtyProperty().get()).isTrue();
        assertThat(vm.save()).isTrue();
        assertThat(stored("IDN-01").weight()).isEqualTo(7.5);
        assertThat(row("IDN-01").weight()).isEqualTo(7.5);
        assertThat(row("IDN-01").changed()).isTrue();
        assertThat(vm.draftProperty().get().dirtyProperty().get()).isFalse();
        assertThat(vm.draftProperty().get().weightProperty().get()).isEqualTo("7.5");
        assertThat(auditedIndicatorActions()).containsExactly("indicator.setting");
        assertThat(reruns).hasValue(1);
    }

    @Test
    void aParameterOutsideItsBoundsIsRefusedWithAMessageAndNothingIsSaved() {
        SettingDraft d = select("IDN-01");
        ParameterInput p = param(d, "maxNameDistance");
        p.valueProperty().set("-1");
        assertThat(p.errorProperty().get()).isEqualTo("The smallest value allowed is 0.");
        p.valueProperty().set("two");
        assertThat(p.errorProperty().get()).isEqualTo("Not a whole number: two");
        p.valueProperty().set("");
        assertThat(p.errorProperty().get()).isEqualTo("Required.");
        assertThat(vm.save()).isFalse();
        assertThat(stored("IDN-01")).isNull();
        assertThat(auditedIndicatorActions()).isEmpty();

        p.valueProperty().set(" 4 ");
        assertThat(p.errorProperty().get()).isEmpty();
        assertThat(vm.save()).isTrue();
        assertThat(stored("IDN-01").parameters()).isEqualTo(Map.of("maxNameDistance", "4"));
        assertThat(stored("IDN-01").weight()).isNull();
        assertThat(checks.config().get("IDN-01").orElseThrow().params().integer("maxNameDistance")).isEqualTo(4);
        assertThat(param(vm.draftProperty().get(), "maxNameDistance").valueProperty().get()).isEqualTo("4");
    }

    @Test
    void resetPutsTheCatalogueWeightAndParametersBackAndKeepsTheSwitch() {
        SettingDraft d = select("IDN-01");
        d.enabledProperty().set(false);
        d.weightProperty().set("9");
        param(d, "maxNameDistance").valueProperty().set("5");
        assertThat(vm.save()).isTrue();
        assertThat(stored("IDN-01")).isEqualTo(new IndicatorSetting("IDN-01", false, 9.0, Map.of("maxNameDistance", "5")));

        vm.resetToDefaults();

        assertThat(stored("IDN-01")).isEqualTo(new IndicatorSetting("IDN-01", false, null, Map.of()));
        SettingDraft after = vm.draftProperty().get();
        assertThat(after.weightProperty().get()).isEqualTo("3");
        assertThat(param(after, "maxNameDistance").valueProperty().get()).isEqualTo("2");
        assertThat(row("IDN-01").changed()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("IDN-01 is back to the catalogue's weight and parameters.");
        assertThat(auditedIndicatorActions()).containsExactly("indicator.setting", "indicator.setting");
        assertThat(reruns).hasValue(2);
    }

    @Test
    void undoPutsBackTheSettingTheLastChangeReplaced() {
        SettingDraft d = select("LOG-02");
        d.weightProperty().set("1");
        vm.save();
        select("LOG-02").weightProperty().set("2");
        vm.save();
        assertThat(stored("LOG-02").weight()).isEqualTo(2.0);

        vm.undo();

        assertThat(stored("LOG-02").weight()).isEqualTo(1.0);
        assertThat(vm.undoAvailableProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Undone: LOG-02 is back as it was.");
        assertThat(vm.draftProperty().get().weightProperty().get()).isEqualTo("1");
        assertThat(auditedIndicatorActions()).hasSize(3);
        assertThat(reruns).hasValue(3);

        vm.undo(); // only once
        assertThat(auditedIndicatorActions()).hasSize(3);
    }

    @Test
    void undoOfTheFirstChangeRestoresTheCatalogueDefaults() {
        row("IDN-05").enabledProperty().set(false);
        vm.undo();
        assertThat(stored("IDN-05")).isEqualTo(IndicatorSetting.defaults("IDN-05"));
        assertThat(row("IDN-05").enabledProperty().get()).isTrue();
    }

    @Test
    void leavingUnsavedEditsAsksFirst() {
        select("IDN-01").weightProperty().set("8");
        fx.dialogs.confirmAnswer = false;
        assertThat(vm.select(row("IDN-02"))).isFalse();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("IDN-01");
        assertThat(fx.dialogs.confirmations).containsExactly("Discard the unsaved changes to IDN-01?");
        fx.dialogs.confirmAnswer = true;
        assertThat(vm.select(row("IDN-02"))).isTrue();
        assertThat(vm.draftProperty().get().definition().id()).isEqualTo("IDN-02");
        assertThat(stored("IDN-01")).isNull();
    }

    @Test
    void flippingTheSwitchInTheTableKeepsUnsavedEditsOfTheSelectedIndicator() {
        select("IDN-01").weightProperty().set("6");
        row("IDN-01").enabledProperty().set(false);
        assertThat(stored("IDN-01")).isEqualTo(new IndicatorSetting("IDN-01", false, null, Map.of()));
        SettingDraft d = vm.draftProperty().get();
        assertThat(d.enabledProperty().get()).isFalse();
        assertThat(d.weightProperty().get()).isEqualTo("6");
        assertThat(d.dirtyProperty().get()).isTrue();
    }

    @Test
    void anIncompleteCustomIndicatorIsRefusedFieldByFieldAndNothingIsSaved() {
        CustomIndicatorFormViewModel form = vm.newCustomForm();
        assertThat(form.weightProperty().get()).isEqualTo("3");
        form.severityProperty().set(Severity.HIGH);
        assertThat(form.weightProperty().get()).as("follows the severity").isEqualTo("5");
        form.weightProperty().set("4");
        form.severityProperty().set(Severity.LOW);
        assertThat(form.weightProperty().get()).as("a typed weight stays").isEqualTo("4");

        assertThat(form.save()).isFalse();

        assertThat(form.titleErrorProperty().get()).isEqualTo("Required.");
        assertThat(form.categoryErrorProperty().get()).isEqualTo("Required.");
        assertThat(form.kindErrorProperty().get()).isEqualTo("Required.");
        assertThat(form.conditions().get(0).valueErrorProperty().get()).isEqualTo("Required.");
        assertThat(form.messageProperty().get()).isEqualTo("Not saved: fix the fields marked in red.");

        form.titleProperty().set("Slow replies on instant channels");
        form.categoryProperty().set("COM");
        form.kindProperty().set(EvidenceKind.CONTACT_CHANNEL);
        form.weightProperty().set("101");
        ConditionInput c = form.conditions().get(0);
        c.fieldProperty().set(EvidenceKind.CONTACT_CHANNEL.field("medianResponseHours").orElseThrow());
        assertThat(c.operators()).contains(Operator.GREATER_THAN).doesNotContain(Operator.CONTAINS);
        c.operatorProperty().set(Operator.GREATER_THAN);
        c.valueProperty().set("soon");
        ConditionInput second = form.addCondition();

        assertThat(form.save()).isFalse();

        assertThat(form.titleErrorProperty().get()).isEmpty();
        assertThat(form.weightErrorProperty().get()).isEqualTo("A weight is a number from 0 to 100.");
        assertThat(c.valueErrorProperty().get()).isEqualTo("Enter a number, or a date as YYYY-MM-DD.");
        assertThat(second.fieldErrorProperty().get()).isEqualTo("Required.");
        assertThat(fx.workspace.indicatorSettings().customs()).isEmpty();
        assertThat(auditedIndicatorActions()).isEmpty();

        form.removeCondition(second);
        form.removeCondition(c);
        assertThat(form.save()).isFalse();
        assertThat(form.conditionsErrorProperty().get()).isEqualTo("Add at least one condition.");
    }

    @Test
    void aCustomIndicatorIsAddedListedAuditedAndRaisesFindingsOnTheRerun() {
        fx.workspace.evidence().add(fx.caseFile.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, Instant.now(),
                "Recruiter call", Map.of("email", "dana@example.com", "lineType", "voip")), List.of());
        vm.searchProperty().set("IDN-01");
        CustomIndicatorFormViewModel form = vm.newCustomForm();
        form.titleProperty().set("Internet phone line");
        form.categoryProperty().set("COM");
        form.severityProperty().set(Severity.LOW_MEDIUM);
        form.kindProperty().set(EvidenceKind.CONTACT_CHANNEL);
        ConditionInput c = form.conditions().get(0);
        c.fieldProperty().set(EvidenceKind.CONTACT_CHANNEL.field("lineType").orElseThrow());
        assertThat(c.choices()).containsExactly("mobile", "landline", "voip", "unknown");
        assertThat(c.operators()).doesNotContain(Operator.GREATER_THAN, Operator.CONTAINS);
        c.valueProperty().set("voip");

        assertThat(form.save()).isTrue();

        CustomIndicator saved = form.savedProperty().get();
        assertThat(saved.id()).isEqualTo("CUS-01");
        assertThat(saved.weight()).isEqualTo(2.0);
        assertThat(fx.workspace.indicatorSettings().customs()).containsExactly(saved);
        assertThat(vm.selectedProperty().get().id()).isEqualTo("CUS-01");
        assertThat(vm.searchProperty().get()).as("the filter made way for the new indicator").isEmpty();
        assertThat(vm.visibleRows()).contains(vm.selectedProperty().get());
        assertThat(vm.countTextProperty().get()).isEqualTo("60 catalogue indicators, 1 custom");
        assertThat(vm.draftProperty().get()).isNull();
        IndicatorDetails d = vm.detailsProperty().get();
        assertThat(d.custom()).isTrue();
        assertThat(d.title()).isEqualTo("Internet phone line");
        assertThat(d.description()).isEqualTo(
                "Fires when one evidence item of the kind \"Contact channel\" meets every condition: Line type is \"VoIP\".");
        assertThat(vm.statusProperty().get()).isEqualTo("Added custom indicator CUS-01 \"Internet phone line\".");
        assertThat(auditedIndicatorActions()).containsExactly("indicator.custom.add");
        assertThat(reruns).hasValue(1);
        assertThat(vm.checksTextProperty().get()).isEqualTo("Checks re-run on one case: 2 findings raised.");
        assertThat(fx.workspace.checks().findings(fx.caseFile.id())).extracting(Finding::indicatorId).contains("CUS-01");
    }

    @Test
    void aCustomIndicatorCanBeEditedSwitchedOffAndDeletedAfterConfirming() {
        CustomIndicatorFormViewModel form = vm.newCustomForm();
        form.titleProperty().set("Payout to a crypto wallet");
        form.categoryProperty().set("PAY");
        form.kindProperty().set(EvidenceKind.PAYMENT_PAYOUT);
        form.conditions().get(0).fieldProperty().set(EvidenceKind.PAYMENT_PAYOUT.field("walletAddress").orElseThrow());
        form.conditions().get(0).operatorProperty().set(Operator.IS_FILLED);
        assertThat(form.save()).isTrue();

        CustomIndicatorFormViewModel edit = vm.editCustomForm();
        assertThat(edit.isNew()).isFalse();
        assertThat(edit.titleProperty().get()).isEqualTo("Payout to a crypto wallet");
        assertThat(edit.conditions()).hasSize(1);
        assertThat(edit.conditions().get(0).operatorProperty().get()).isEqualTo(Operator.IS_FILLED);
        assertThat(edit.isDirty()).isFalse();
        edit.titleProperty().set("Payout to a cryptocurrency wallet");
        assertThat(edit.isDirty()).isTrue();
        assertThat(edit.save()).isTrue();
        CustomIndicator stored = fx.workspace.indicatorSettings().customs().get(0);
        assertThat(stored.title()).isEqualTo("Payout to a cryptocurrency wallet");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(row("CUS-01").title()).isEqualTo("Payout to a cryptocurrency wallet");

        row("CUS-01").enabledProperty().set(false);
        assertThat(fx.workspace.indicatorSettings().customs().get(0).enabled()).isFalse();

        fx.dialogs.confirmAnswer = false;
        vm.deleteCustom();
        assertThat(fx.workspace.indicatorSettings().customs()).hasSize(1);
        assertThat(fx.dialogs.confirmations).hasSize(1).first().asString()
                .startsWith("Delete custom indicator CUS-01 \"Payout to a cryptocurrency wallet\"?");

        fx.dialogs.confirmAnswer = true;
        vm.deleteCustom();
        assertThat(fx.workspace.indicatorSettings().customs()).isEmpty();
        assertThat(vm.rows()).hasSize(60).noneMatch(IndicatorRow::isCustom);
        assertThat(vm.statusProperty().get()).isEqualTo("Deleted custom indicator CUS-01 \"Payout to a cryptocurrency wallet\".");
        assertThat(auditedIndicatorActions()).containsExactly("indicator.custom.add", "indicator.custom.update",
                "indicator.custom.update", "indicator.custom.delete");
        assertThat(reruns).hasValue(4);
    }
}
