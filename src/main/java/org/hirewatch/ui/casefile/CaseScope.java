package org.hirewatch.ui.casefile;

import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import org.hirewatch.exchange.report.CaseReportService;
import org.hirewatch.exchange.report.LinkedCasesSource;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * What every screen of one open case shares: the case, the workspace's services (store, indicator checks, reports), the task runner, dialogs, and a
 * callback telling the rest of the app that the case changed (so the case list can refresh), and one that opens another
 * case (from its Links tab).
 */
public record CaseScope(UUID caseId, Workspace workspace, CheckService checks, TaskRunner tasks, I18n i18n,
                        Dialogs dialogs, Runnable onChanged, CaseReportService reports, Consumer<UUID> openCase) {

    public CaseScope(UUID caseId, Workspace workspace, CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs,
                     Runnable onChanged, CaseReportService reports) {
        this(caseId, workspace, checks, tasks, i18n, dialogs, onChanged, reports, other -> { });
    }

    /** A scope whose reports list no linked cases; the app passes its own report service with the links wired. */
    public CaseScope(UUID caseId, Workspace workspace, CheckService checks, TaskRunner tasks, I18n i18n, Dialogs dialogs,
                     Runnable onChanged) {
        this(caseId, workspace, checks, tasks, i18n, dialogs, onChanged, new CaseReportService(workspace, checks,
                LinkedCasesSource.NONE, i18n.bundle().getLocale(), ZoneId.systemDefault()));
    }
}
