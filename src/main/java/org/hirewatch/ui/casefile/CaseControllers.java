package org.hirewatch.ui.casefile;

import javafx.util.Callback;
import org.hirewatch.ui.casefile.activity.ActivityController;
import org.hirewatch.ui.casefile.activity.ActivityViewModel;
import org.hirewatch.ui.casefile.audit.AuditController;
import org.hirewatch.ui.casefile.audit.AuditViewModel;
import org.hirewatch.ui.casefile.evidence.EvidenceController;
import org.hirewatch.ui.casefile.evidence.EvidenceDetailsController;
import org.hirewatch.ui.casefile.evidence.EvidenceListViewModel;
import org.hirewatch.ui.casefile.findings.ChecklistController;
import org.hirewatch.ui.casefile.findings.FindingDetailsController;
import org.hirewatch.ui.casefile.findings.FindingsController;
import org.hirewatch.ui.casefile.findings.FindingsViewModel;
import org.hirewatch.ui.casefile.notes.NotesController;
import org.hirewatch.ui.casefile.notes.NotesViewModel;
import org.hirewatch.ui.casefile.overview.OverviewController;
import org.hirewatch.ui.casefile.overview.OverviewViewModel;
import org.hirewatch.ui.casefile.report.CaseReportViewModel;

/**
 * Builds the controllers of one case's screens (the workspace and its fx:include'd tabs). They share one
 * {@link CaseSession}; a tab's view model is made once and shared by the controllers of that tab.
 */
public final class CaseControllers implements Callback<Class<?>, Object> {
    private final CaseScope scope;
    private final CaseSession session;
    private EvidenceListViewModel evidence;
    private FindingsViewModel findings;

    public CaseControllers(CaseScope scope) {
        this.scope = scope;
        this.session = new CaseSession(scope);
    }

    @Override
    public Object call(Class<?> type) {
        if (type == CaseWorkspaceController.class) {
            return new CaseWorkspaceController(new CaseWorkspaceViewModel(session), session,
                    new CaseReportViewModel(session, scope.reports()));
        }
        if (type == OverviewController.class) {
            return new OverviewController(new OverviewViewModel(session), scope.i18n());
        }
        if (type == EvidenceController.class) {
            return new EvidenceController(evidence(), scope.i18n());
        }
        if (type == EvidenceDetailsController.class) {
            return new EvidenceDetailsController(evidence(), scope.i18n());
        }
        if (type == NotesController.class) {
            return new NotesController(new NotesViewModel(session), scope.i18n());
        }
        if (type == FindingsController.class) {
            return new FindingsController(findings(), scope.i18n());
        }
        if (type == FindingDetailsController.class) {
            return new FindingDetailsController(findings(), scope.i18n());
        }
        if (type == ChecklistController.class) {
            return new ChecklistController(findings(), scope.i18n());
        }
        if (type == org.hirewatch.ui.casefile.links.LinksController.class) {
            return new org.hirewatch.ui.casefile.links.LinksController(new org.hirewatch.ui.casefile.links.LinksViewModel(
                    session, new org.hirewatch.links.LinkService(scope.workspace()), scope.openCase()), scope.i18n(),
                    new org.hirewatch.ui.casefile.links.ConfirmLinkDialog(scope.i18n(), () -> null));
        }
        if (type == ActivityController.class) {
            return new ActivityController(new ActivityViewModel(session, scope.checks()));
        }
        if (type == AuditController.class) {
            return new AuditController(new AuditViewModel(session), scope.i18n());
        }
        return null;
    }

    private FindingsViewModel findings() {
        if (findings == null) {
            findings = new FindingsViewModel(session, scope.checks());
        }
        return findings;
    }

    private EvidenceListViewModel evidence() {
        if (evidence == null) {
            evidence = new EvidenceListViewModel(session);
        }
        return evidence;
    }
}
