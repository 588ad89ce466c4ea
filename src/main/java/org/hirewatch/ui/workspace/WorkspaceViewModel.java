package org.hirewatch.ui.workspace;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.ErrorText;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/** State of the first-start / unlock screen: create a new workspace, or unlock an existing one. */
public final class WorkspaceViewModel {
    public enum Mode { CREATE, UNLOCK }

    private final WorkspaceOpener opener;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ErrorText errors;
    private final Consumer<Workspace> onOpened;
    private final DemoOpener demo;
    private final java.util.function.Supplier<RestoreViewModel> restores;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CREATE);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableValue<PassphraseStrength> strength;
    private final BooleanBinding canSubmit;

    public WorkspaceViewModel(WorkspaceOpener opener, TaskRunner tasks, I18n i18n, Path initialFolder, Mode initialMode,
                              Consumer<Workspace> onOpened) {
        this(opener, tasks, i18n, initialFolder, initialMode, onOpened, null);
    }

    /** With {@code demo} the screen also offers to try the app on the demo workspace of invented people. */
    public WorkspaceViewModel(WorkspaceOpener opener, TaskRunner tasks, I18n i18n, Path initialFolder, Mode initialMode,
                              Consumer<Workspace> onOpened, DemoOpener demo) {
        this(opener, tasks, i18n, initialFolder, initialMode, onOpened, demo, null);
    }

    /** With {@code restores} the screen also offers to restore a backup into a new folder and open it. */
    public WorkspaceViewModel(WorkspaceOpener opener, TaskRunner tasks, I18n i18n, Path initialFolder, Mode initialMode,
                              Consumer<Workspace> onOpened, DemoOpener demo,
                              java.util.function.Supplier<RestoreViewModel> restores) {
        this.demo = demo;
        this.restores = restores;
        this.opener = opener;
        this.tasks = tasks;
        this.i18n = i18n;
        this.errors = new ErrorText(i18n);
        this.onOpened = onOpened;
        this.folder.set(initialFolder.toString());
        this.mode.set(initialMode);
        this.strength = Bindings.createObjectBinding(() -> PassphraseStrength.of(passphrase.get()), passphrase);
        this.canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && !folder.get().isBlank()
                && !passphrase.get().isEmpty()
                && (mode.get() == Mode.UNLOCK || strength.getValue().acceptable() && passphrase.get().equals(confirmation.get())),
                busy, folder, passphrase, confirmation, mode);
        passphrase.addListener((o, a, b) -> error.set(""));
    }

    public void switchMode(Mode m) {
        mode.set(m);
        error.set("");
        passphrase.set("");
        confirmation.set("");
    }

    /** Shown under the confirmation field while the two entries differ. */
    public String mismatchHint() {
        return mode.get() == Mode.CREATE && !confirmation.get().isEmpty() && !confirmation.get().equals(passphrase.get())
                ? i18n.text("workspace.mismatch") : "";
    }

    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        Path dir;
        try {
            dir = Path.of(folder.get().strip());
        } catch (InvalidPathException e) {
            error.set(i18n.text("error.badPath", folder.get()));
            return;
        }
        char[] pass = passphrase.get().toCharArray();
        Mode m = mode.get();
        busy.set(true);
        error.set("");
        tasks.run(m == Mode.CREATE ? "task.creatingWorkspace" : "task.unlockingWorkspace",
                () -> {
                    try {
                        return m == Mode.CREATE ? opener.create(dir, pass) : opener.open(dir, pass);
                    } finally {
                        java.util.Arrays.fill(pass, '\0');
                    }
                },
                ws -> {
                    busy.set(false);
                    passphrase.set("");
                    confirmation.set("");
                    onOpened.accept(ws);
                },
                e -> {
                    busy.set(false);
                    error.set(errors.of(e));
                });
    }

    public boolean demoAvailable() {
        return demo != null;
    }

    /** Opens the separate demo workspace; its passphrase is fixed, so nothing is asked. */
    public void tryDemo() {
        if (demo == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        tasks.run("task.openingDemo", demo::openDemo,
                ws -> {
                    busy.set(false);
                    onOpened.accept(ws);
                },
                e -> {
                    busy.set(false);
                    error.set(errors.of(e));
                });
    }

    public boolean restoreAvailable() {
        return restores != null;
    }

    /** A fresh restore dialog's state; none while this screen is busy opening something. */
    public java.util.Optional<RestoreViewModel> newRestore() {
        return restores == null || busy.get() ? java.util.Optional.empty() : java.util.Optional.of(restores.get());
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableValue<PassphraseStrength> strengthProperty() {
        return strength;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
