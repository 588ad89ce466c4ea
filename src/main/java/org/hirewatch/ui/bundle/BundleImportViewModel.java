package org.hirewatch.ui.bundle;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.exchange.bundle.BundleService;
import org.hirewatch.exchange.bundle.OpenedBundle;
import org.hirewatch.store.BundleStore.Mode;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * The import dialog's state: the bundle file and passphrase, then (once the whole bundle has been checked) a preview
 * of its cases with a conflict choice for each case that exists here already, then the import.
 */
public final class BundleImportViewModel {
    private static final java.time.format.DateTimeFormatter MADE_AT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneId.systemDefault());
    private final BundleService service;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty opened = new SimpleBooleanProperty();
    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private OpenedBundle bundle;

    public BundleImportViewModel(BundleService service, TaskRunner tasks, I18n i18n) {
        this.service = service;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    /** One case of the bundle in the preview; {@code choice} is null when nothing here collides with it. */
    public static final class CaseRow {
        private final BundleService.CasePreview preview;
        private final String contents;
        private final String conflict;
        private final ObjectProperty<Mode> choice;

        CaseRow(BundleService.CasePreview p, I18n i18n) {
            this.preview = p;
            this.contents = i18n.text("caseBundle.import.contents", p.evidence(), p.attachments(), p.findings(), p.notes(),
                    p.auditEntries());
            this.conflict = p.existing().map(e -> i18n.text("caseBundle.import.exists", e.reference())).orElse(
                    i18n.text("caseBundle.import.new"));
            this.choice = new SimpleObjectProperty<>(p.conflicts() ? Mode.KEEP : null);
        }

        public String reference() {
            return preview.reference();
        }

        public String title() {
            return preview.title();
        }

        public String subjectName() {
            return preview.subjectName();
        }

        public String contents() {
            return contents;
        }

        public String conflict() {
            return conflict;
        }

        public boolean conflicts() {
            return preview.conflicts();
        }

        public ObjectProperty<Mode> choiceProperty() {
            return choice;
        }
    }

    private record Checked(OpenedBundle bundle, List<BundleService.CasePreview> previews) {
    }

    /** Reads and checks the whole bundle in the background; nothing is written. */
    public void open() {
        Path f = file.get();
        char[] p = passphrase.get().toCharArray();
        busy.set(true);
        error.set("");
        rows.clear();
        opened.set(false);
        tasks.run("caseBundle.task.open", () -> {
            try {
                OpenedBundle b = service.open(f, p);
                return new Checked(b, service.preview(b));
            } finally {
                java.util.Arrays.fill(p, '\0');
            }
        }, c -> {
            busy.set(false);
            bundle = c.bundle();
            c.previews().forEach(pv -> rows.add(new CaseRow(pv, i18n)));
            String made = i18n.text(c.bundle().sourceAuditIntact() ? "caseBundle.import.madeBy"
                    : "caseBundle.import.madeByAuditBroken", c.bundle().createdBy(), MADE_AT.format(c.bundle().createdAt()),
                    c.previews().size());
            int absent = c.previews().stream().mapToInt(BundleService.CasePreview::linksWithoutOtherCase).sum();
            summary.set(absent == 0 ? made : made + "\n" + i18n.text("caseBundle.import.linksWithoutCase", absent));
            opened.set(true);
        }, e -> {
            busy.set(false);
            error.set(new BundleErrors(i18n).of(e));
        });
    }

    /** Imports with the chosen conflict handling; {@code done} gets a one-line summary on the JavaFX thread. */
    public void importCases(Consumer<String> done) {
        Map<UUID, Mode> choices = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Mode m = rows.get(i).choiceProperty().get();
            if (m != null) {
                choices.put(bundle.cases().get(i).caseId(), m);
            }
        }
        OpenedBundle b = bundle;
        busy.set(true);
        error.set("");
        tasks.run("caseBundle.task.import", () -> service.importBundle(b, choices), r -> {
            busy.set(false);
            String text = i18n.text("caseBundle.import.done", r.imported(), r.kept());
            done.accept(r.linksWithoutOtherCase() == 0 ? text
                    : text + " " + i18n.text("caseBundle.import.linksSkipped", r.linksWithoutOtherCase()));
        }, e -> {
            busy.set(false);
            error.set(new BundleErrors(i18n).of(e));
        });
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty openedProperty() {
        return opened;
    }

    public ObservableList<CaseRow> rows() {
        return rows;
    }
}
