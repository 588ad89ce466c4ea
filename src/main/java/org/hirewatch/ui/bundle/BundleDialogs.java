package org.hirewatch.ui.bundle;

import java.util.List;
import java.util.UUID;
import javafx.stage.Window;

/** The two bundle dialogs of the File menu. */
public interface BundleDialogs {
    void exportCases(Window owner, List<UUID> caseIds);

    /** {@code afterImport} runs on the JavaFX thread once cases were imported (to reload the case list). */
    void importBundle(Window owner, Runnable afterImport);
}
