package org.hirewatch.ui.casefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.hirewatch.ui.common.TaskRunner;

/** A real encrypted workspace in a temp folder with one invented case, and a scope over it. */
public final class CaseFixture implements AutoCloseable {
    public final Workspace workspace;
    public final CaseFile caseFile;
    public final I18n i18n = new I18n(Locale.ENGLISH);
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final AtomicInteger changes = new AtomicInteger();

    public CaseFixture(Path dir) {
        workspace = Workspace.create(dir.resolve("ws"), "pass phrase 1".toCharArray(), KdfParams.fresh(1000), "tester");
        Subject subject = new Subject(List.of(new NameSpelling("Jon Doe", "CV"), new NameSpelling("Jonathan Doe", "LinkedIn")),
                "United States", "Austin", "America/Chicago", "US", "Backend engineer", "Job board", "");
        caseFile = workspace.cases().create(CaseDetails.newCase("Backend contractor, batch 7", subject));
    }

    public CaseScope scope(TaskRunner tasks) {
        return new CaseScope(caseFile.id(), workspace, org.hirewatch.indicators.CheckService.attach(workspace), tasks, i18n, dialogs, changes::incrementAndGet);
    }

    /** A session whose store calls run at once on the calling thread. */
    public CaseSession immediateSession() {
        return new CaseSession(scope(new ImmediateTaskRunner()));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
