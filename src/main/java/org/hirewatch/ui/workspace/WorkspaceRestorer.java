package org.hirewatch.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hirewatch.store.WorkspaceBackup.RestoreReport;

/** Restores a workspace backup into a new folder; blocking, so view models call it through the task runner. */
public interface WorkspaceRestorer {
    RestoreReport restore(Path backup, Path target, char[] passphrase);

    /** Where a restore goes unless the user chooses otherwise. */
    Path suggestedTarget();

    /**
     * "&lt;name&gt;-restored" beside {@code workspace}, numbered when taken: a restore never goes into the workspace
     * in use, and the suggestion should be a folder the restore accepts.
     */
    static Path besides(Path workspace) {
        Path w = workspace.toAbsolutePath().normalize();
        String name = (w.getFileName() == null ? "hirewatch" : w.getFileName().toString()) + "-restored";
        Path parent = w.getParent() == null ? w : w.getParent();
        Path candidate = parent.resolve(name);
        for (int n = 2; Files.exists(candidate) && n < 100; n++) {
            candidate = parent.resolve(name + "-" + n);
        }
        return candidate;
    }
}
