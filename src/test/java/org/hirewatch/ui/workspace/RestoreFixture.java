package org.hirewatch.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.store.WorkspaceBackup;

/** A real backup of a small workspace, and the services the restore screens call, all inside one temp folder. */
final class RestoreFixture {
    static final String PASSPHRASE = "correct horse battery staple";
    static final String ACTOR = "Alex Restorer";
    final Path dir;
    final Path backup;
    final Path workspace;
    final List<Path> remembered = new ArrayList<>();
    final List<Workspace> opened = new ArrayList<>();

    RestoreFixture(Path dir) {
        this.dir = dir;
        this.workspace = dir.resolve("workspace");
        this.backup = dir.resolve("backups/hirewatch.hwbackup");
        try (Workspace ws = Workspace.create(workspace, PASSPHRASE.toCharArray(), KdfParams.fresh(1000), ACTOR)) {
            ws.cases().create(CaseDetails.newCase("Backend engineer applicant", Subject.named("Dana Example")));
            ws.cases().create(CaseDetails.newCase("Data analyst applicant", Subject.named("Sam Sample")));
            WorkspaceBackup.backup(ws, backup);
        }
    }

    WorkspaceRestorer restorer() {
        return new WorkspaceRestorer() {
            @Override
            public WorkspaceBackup.RestoreReport restore(Path from, Path target, char[] passphrase) {
                return WorkspaceBackup.restore(from, target, passphrase, ACTOR);
            }

            @Override
            public Path suggestedTarget() {
                return WorkspaceRestorer.besides(workspace);
            }
        };
    }

    /** Opens like the app's opener and records what it would remember. */
    WorkspaceOpener opener() {
        return new WorkspaceOpener() {
            @Override
            public Workspace create(Path folder, char[] passphrase) {
                throw new IllegalStateException("a restore never creates a workspace");
            }

            @Override
            public Workspace open(Path folder, char[] passphrase) {
                Workspace ws = Workspace.open(folder, passphrase, ACTOR);
                remembered.add(ws.folder());
                return ws;
            }

            @Override
            public boolean hasWorkspace(Path folder) {
                return false;
            }
        };
    }

    void close() {
        opened.forEach(Workspace::close);
    }
}
