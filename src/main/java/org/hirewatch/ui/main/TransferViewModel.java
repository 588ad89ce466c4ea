package org.hirewatch.ui.main;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.exchange.batch.ApplicantCsv;
import org.hirewatch.exchange.batch.ApplicantImporter;
import org.hirewatch.exchange.batch.CsvExport;
import org.hirewatch.exchange.batch.ImportFormat;
import org.hirewatch.exchange.batch.ImportPlan;
import org.hirewatch.exchange.batch.ImportProblem;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.RetentionStore;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceBackup;
import org.hirewatch.store.WorkspaceException;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * The workspace-wide File and Tools actions that move data in or out: applicant import (dry run first, then the
 * import), the CSV template, case list and findings export, backup, and the retention purge (preview first).
 */
public final class TransferViewModel {
    /** A dry run or preview lists at most this many lines; the rest are counted. */
    static final int LINES_SHOWN = 30;
    private final Workspace workspace;
    private final CheckService checks;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final CaseListViewModel caseList;

    public TransferViewModel(Workspace workspace, CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs,
                             CaseListViewModel caseList) {
        this.workspace = workspace;
        this.checks = checks;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.caseList = caseList;
    }

    public void importApplicants() {
        List<Path> chosen = dialogs.chooseFilesToOpen("transfer.import.choose");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get(0);
        ApplicantImporter importer = new ApplicantImporter(workspace, checks, checks.catalogue());
        tasks.run("transfer.task.dryRun", () -> importer.plan(file, ImportFormat.of(file)), plan -> {
            if (!plan.problems().isEmpty()) {
                dialogs.showReport("transfer.import.title", dryRunReport(plan), true);
                return;
            }
            if (!plan.canImport() || !dialogs.confirmReport("transfer.import.title", dryRunReport(plan))) {
                return;
            }
            tasks.run("transfer.task.importing", () -> importer.run(plan), r -> {
                caseList.reload();
                dialogs.showInfo("transfer.import.title",
                        i18n.text("transfer.import.done", r.created().size(), r.evidence(), r.checked()));
            }, this::fail);
        }, this::fail);
    }

    /** What a dry run found, as the text of the dialog before the import. */
    public String dryRunReport(ImportPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.text("transfer.import.wouldCreate", plan.cases().size(), plan.evidenceCount(), plan.answerCount()));
        for (Map.Entry<EvidenceKind, Integer> e : plan.evidenceByKind().entrySet()) {
            lines.add("  " + i18n.text(e.getKey().messageKey()) + ": " + e.getValue());
        }
        if (!plan.problems().isEmpty()) {
            lines.add("");
            lines.add(i18n.text("transfer.import.problems", plan.problems().size()));
            for (ImportProblem p : plan.problems().subList(0, Math.min(LINES_SHOWN, plan.problems().size()))) {
                String message = i18n.text(p.messageKey(), p.args());
                lines.add(p.line() > 0 ? i18n.text("transfer.import.lineProblem", p.line(), p.field(), message)
                        : p.field().isEmpty() ? message : p.field() + ": " + message);
            }
            if (plan.problems().size() > LINES_SHOWN) {
                lines.add(i18n.text("transfer.more", plan.problems().size() - LINES_SHOWN));
            }
        } else {
            lines.add("");
            lines.add(i18n.text("transfer.import.confirm"));
        }
        return String.join("\n", lines);
    }

    public void writeTemplate() {
        dialogs.chooseSaveTarget("transfer.template.choose", "hirewatch-applicants.csv").ifPresent(target ->
                tasks.run("transfer.task.writing", () -> {
                    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                        ApplicantCsv.writeTemplate(w);
                    } catch (IOException e) {
                        throw new WorkspaceException(WorkspaceException.Reason.EXPORT_FAILED, e, target);
                    }
                    return target;
                }, t -> dialogs.showInfo("transfer.template.title", i18n.text("transfer.template.done", t)), this::fail));
    }

    /** The cases the list shows now (its filter), or all when it has none. */
    public void exportCases() {
        CaseQuery query = caseList.query();
        dialogs.chooseSaveTarget("transfer.exportCases.choose", "hirewatch-cases.csv").ifPresent(target ->
                tasks.run("transfer.task.writing", () -> export().writeCases(workspace.cases().list(query), target),
                        n -> dialogs.showInfo("transfer.export.title", i18n.text("transfer.exportCases.done", n, target)),
                        this::fail));
    }

    public void exportFindings() {
        CaseQuery query = caseList.query();
        dialogs.chooseSaveTarget("transfer.exportFindings.choose", "hirewatch-findings.csv").ifPresent(target ->
                tasks.run("transfer.task.writing", () -> export().writeFindings(
                                CsvExport.findingsOf(workspace.cases().list(query), id -> workspace.checks().findings(id)),
                                words(), target),
                        n -> dialogs.showInfo("transfer.export.title", i18n.text("transfer.exportFindings.done", n, target)),
                        this::fail));
    }

    private CsvExport export() {
        return new CsvExport(true, i18n.text("export.personalDataNotice"));
    }

    private CsvExport.FindingWords words() {
        return new CsvExport.FindingWords() {
            @Override
            public String title(Finding f) {
                String key = "indicator." + f.indicatorId() + ".title";
                return i18n.bundle().containsKey(key) ? i18n.text(key) : f.indicatorId();
            }

            @Override
            public String explanation(Finding f) {
                return i18n.bundle().containsKey(f.messageKey()) ? i18n.text(f.messageKey(), new ArrayList<Object>(f.args()))
                        : f.messageKey() + " " + String.join(", ", f.args());
            }
        };
    }

    public void backup() {
        dialogs.chooseSaveTarget("transfer.backup.choose", "hirewatch-" + LocalDate.now() + ".hwbackup").ifPresent(target ->
                tasks.run("transfer.task.backup", () -> WorkspaceBackup.backup(workspace, target),
                        s -> dialogs.showInfo("transfer.backup.title", i18n.text("transfer.backup.done", target,
                                s.cases(), s.evidence(), s.attachments())), this::fail));
    }

    public void purge() {
        RetentionStore retention = new RetentionStore(workspace);
        tasks.run("transfer.task.preview", () -> retention.preview(LocalDate.now()), preview -> {
            if (preview.toPurge().isEmpty()) {
                dialogs.showReport("transfer.purge.title", purgePreview(preview), false);
                return;
            }
            if (!dialogs.confirmReport("transfer.purge.title", purgePreview(preview))) {
                return;
            }
            tasks.run("transfer.task.purging", () -> retention.purge(preview), r -> {
                caseList.reload();
                dialogs.showInfo("transfer.purge.title", i18n.text("transfer.purge.done", r.purged(), r.auditEntriesBlanked()));
            }, this::fail);
        }, this::fail);
    }

    /** The cases a purge would delete and those kept on legal hold, as the confirmation's text. */
    public String purgePreview(RetentionStore.Preview p) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.text("transfer.purge.summary", p.toPurge().size(), p.keptOnHold().size()));
        addCases(lines, p.toPurge(), "transfer.purge.row");
        if (!p.keptOnHold().isEmpty()) {
            lines.add("");
            addCases(lines, p.keptOnHold(), "transfer.purge.keptRow");
        }
        if (!p.toPurge().isEmpty()) {
            lines.add("");
            lines.add(i18n.text("transfer.purge.confirm"));
        }
        return String.join("\n", lines);
    }

    private void addCases(List<String> lines, List<RetentionStore.ExpiredCase> cases, String key) {
        for (RetentionStore.ExpiredCase c : cases.subList(0, Math.min(LINES_SHOWN, cases.size()))) {
            lines.add(i18n.text(key, c.reference(), c.subjectName(), c.retentionDate().toString()));
        }
        if (cases.size() > LINES_SHOWN) {
            lines.add(i18n.text("transfer.more", cases.size() - LINES_SHOWN));
        }
    }

    private void fail(Throwable e) {
        dialogs.showError(new ErrorText(i18n).of(e));
    }
}
