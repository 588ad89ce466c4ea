package org.hirewatch.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog the view models need, behind one interface so view models never build windows. */
public interface Dialogs {
    boolean confirm(String titleKey, String message);

    void showError(String message);

    void showInfo(String titleKey, String message);

    List<Path> chooseFilesToOpen(String titleKey);

    Optional<Path> chooseSaveTarget(String titleKey, String suggestedName);

    /**
     * A folder, starting at {@code initial} when it exists. A default so that doubles written before folders were
     * chosen through this interface keep compiling; they simply decline.
     */
    default Optional<Path> chooseFolder(String titleKey, Path initial) {
        return Optional.empty();
    }
}
