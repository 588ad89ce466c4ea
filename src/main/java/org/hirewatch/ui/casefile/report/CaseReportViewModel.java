package org.hirewatch.ui.casefile.report;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.exchange.report.CaseReportService;
import org.hirewatch.exchange.report.ReportFormat;
import org.hirewatch.exchange.report.ReportOptions;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The Report… action of an open case: asks where to save, then writes the report in the background and says where it
 * went. The report is never opened by the app (a PDF viewer is the reader's choice, and nothing here goes online).
 */
public final class CaseReportViewModel {
    private final CaseSession session;
    private final CaseReportService reports;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public CaseReportViewModel(CaseSession session, CaseReportService reports) {
        this.session = session;
        this.reports = reports;
    }

    /** Asks for the file, then writes; returns false when the user cancelled the file choice. */
    public boolean make(ReportFormat format, boolean redacted) {
        CaseFile c = session.caseFile();
        if (c == null || busy.get()) {
            return false;
        }
        ReportOptions options = new ReportOptions(format, redacted);
        Optional<Path> target = session.dialogs().chooseSaveTarget("report.dialog.saveTitle",
                CaseReportService.suggestedFileName(c.reference(), options));
        if (target.isEmpty()) {
            return false;
        }
        busy.set(true);
        session.run("report.task.writing", () -> reports.write(c.id(), options, target.get()), written -> {
            busy.set(false);
            session.dialogs().showInfo("report.dialog.doneTitle", session.text(
                    written.redacted() ? "report.dialog.doneRedacted" : "report.dialog.done",
                    written.format().name(), written.file().toString()));
        }, e -> {
            busy.set(false);
            session.dialogs().showError(session.text("report.dialog.failed", session.errorText(e)));
        });
        return true;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
