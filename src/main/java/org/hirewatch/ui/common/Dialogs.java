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
     * A long text such as a dry run or a purge preview: its first line is the summary, its last paragraph the question.
     * Doubles that only record messages get the plain confirmation.
     */
    default boolean confirmReport(String titleKey, String report) {
        return confirm(titleKey, report);
    }

    /** A long text that only informs; {@code problem} when it lists what stops the user. */
    default void showReport(String titleKey, String report, boolean problem) {
        if (problem) {
            showError(report);
        } else {
            showInfo(titleKey, report);
        }
    }

    /**
     * A folder, starting at {@code initial} when it exists. A default so that doubles written before folders were
     * chosen through this interface keep compiling; they simply decline.
     */
    default Optional<Path> chooseFolder(String titleKey, Path initial) {
        return Optional.empty();
    }
}
