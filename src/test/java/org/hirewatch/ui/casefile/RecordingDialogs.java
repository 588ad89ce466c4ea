package org.hirewatch.ui.casefile;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.hirewatch.ui.common.Dialogs;

/** Dialogs for tests: answers are queued up front, and what was shown is recorded. */
public final class RecordingDialogs implements Dialogs {
    public final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> saveTargets = new ArrayDeque<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    @Override
    public synchronized boolean confirm(String titleKey, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public synchronized void showError(String message) {
        errors.add(message);
    }

    @Override
    public synchronized void showInfo(String titleKey, String message) {
        infos.add(message);
    }

    @Override
    public synchronized List<Path> chooseFilesToOpen(String titleKey) {
        List<Path> next = filesToOpen.poll();
        return next == null ? List.of() : next;
    }

    @Override
    public synchronized Optional<Path> chooseSaveTarget(String titleKey, String suggestedName) {
        return Optional.ofNullable(saveTargets.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFolder(String titleKey, Path initial) {
        return Optional.ofNullable(folders.poll());
    }
}
