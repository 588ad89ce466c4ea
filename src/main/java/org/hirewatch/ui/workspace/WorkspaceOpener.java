package org.hirewatch.ui.workspace;

import java.nio.file.Path;
import org.hirewatch.store.Workspace;

/** Creates or opens a workspace; blocking, so view models call it through the task runner. */
public interface WorkspaceOpener {
    Workspace create(Path folder, char[] passphrase);

    Workspace open(Path folder, char[] passphrase);

    boolean hasWorkspace(Path folder);
}
