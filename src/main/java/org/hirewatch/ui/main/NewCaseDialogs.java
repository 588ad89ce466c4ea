package org.hirewatch.ui.main;

import java.util.Optional;
import javafx.stage.Window;
import org.hirewatch.domain.CaseFile;

/** Shows the new-case dialog (and other small main-window dialogs); built by the app wiring. */
public interface NewCaseDialogs {
    Optional<CaseFile> show(Window owner);

    void showShortcuts(Window owner);
}
