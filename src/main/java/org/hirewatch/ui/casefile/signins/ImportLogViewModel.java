package org.hirewatch.ui.casefile.signins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.Evidence;
import org.hirewatch.signins.CsvLogReader;
import org.hirewatch.signins.CsvMapping;
import org.hirewatch.signins.CsvMapping.Field;
import org.hirewatch.signins.LogFormat;
import org.hirewatch.signins.LogReadException;
import org.hirewatch.signins.LogReaders;
import org.hirewatch.signins.LogSniffer;
import org.hirewatch.signins.ParsedLog;
import org.hirewatch.signins.RowProblem;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * Importing a sign-in log into the case, in steps: the file and its format; for a CSV, which column holds what
 * (with a preview and saved mappings); then what could be read, with every malformed row by line and reason, and
 * the choice to import the good rows or nothing. Reading and storing run in the background.
 */
public final class ImportLogViewModel {
    public enum Step { FILE, MAPPING, RESULT }

    /** A row that cannot be read, ready to show. */
    public record ProblemRow(int line, String reason) {
    }

    private static final int PREVIEW_ROWS = 8;
    private final CaseSession session;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LogFormat> format = new SimpleObjectProperty<>(LogFormat.CSV);
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final Map<Field, StringProperty> columns = new EnumMap<>(Field.class);
    private final StringProperty timePattern = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("UTC");
    private final StringProperty mappingName = new SimpleStringProperty("");
    private final ObservableList<String> savedMappings = FXCollections.observableArrayList();
    private final Map<String, CsvMapping> saved = new java.util.HashMap<>();
    private final ReadOnlyIntegerWrapper goodRows = new ReadOnlyIntegerWrapper();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Evidence> imported = new ReadOnlyObjectWrapper<>();
    private char delimiter = ',';
    private ParsedLog parsed;

    public ImportLogViewModel(CaseSession session) {
        this.session = session;
        for (Field f : Field.values()) {
            columns.put(f, new SimpleStringProperty(""));
        }
        format.addListener(x -> clearMessage());
    }

    /** Reads the saved mappings (once, when the screen opens). */
    public void loadSavedMappings() {
        session.run("signins.task.loadingMappings", () -> session.workspace().signIns().mappings(), m -> {
            saved.clear();
            m.forEach((name, json) -> saved.put(name, CsvMapping.fromJson(name, json)));
            savedMappings.setAll(m.keySet());
        }, e -> error(session.errorText(e)));
    }

    /** Asks for a file, then guesses its format from its name and first lines. */
    public void chooseFile() {
        List<Path> chosen = session.dialogs().chooseFilesToOpen("signins.import.chooseTitle");
        if (!chosen.isEmpty()) {
            useFile(chosen.get(0));
        }
    }

    public void useFile(Path path) {
        clearMessage();
        start("signins.busy.looking", path);
        session.run("signins.task.looking", () -> LogSniffer.format(path), f -> {
            busy.set(false);
            file.set(path);
            fileText.set(session.text("signins.import.fileLine", path.getFileName(), size(path)));
            format.set(f);
        }, this::failed);
    }

    /** From the file step: to the mapping for a CSV, straight to reading for the other formats. */
    public void next() {
        clearMessage();
        if (file.get() == null) {
            error(session.text("signins.import.noFile"));
            return;
        }
        if (step.get() == Step.FILE && format.get() == LogFormat.CSV) {
            loadPreview();
        } else {
            read();
        }
    }

    public void back() {
        clearMessage();
        parsed = null;
        step.set(step.get() == Step.RESULT && format.get() == LogFormat.CSV ? Step.MAPPING : Step.FILE);
    }

    private void loadPreview() {
        Path path = file.get();
        start("signins.busy.preview", path);
        session.run("signins.task.preview", () -> {
            char d = LogSniffer.delimiter(path);
            return Map.entry(d, CsvLogReader.preview(path, d, PREVIEW_ROWS));
        }, p -> {
            busy.set(false);
            delimiter = p.getKey();
            CsvLogReader.Preview preview = p.getValue();
            header.setAll(preview.header());
            previewRows.setAll(preview.rows());
            CsvMapping guess = CsvMapping.guess(preview.header());
            columns.forEach((f, prop) -> prop.set(guess.column(f)));
            guessTimePattern();
            step.set(Step.MAPPING);
        }, this::failed);
    }

    /** Picks the time format that reads the preview's times; called again when the time column changes. */
    public void guessTimePattern() {
        int at = header.indexOf(columns.get(Field.TIME).get());
        if (at < 0) {
            return;
        }
        List<String> samples = new ArrayList<>();
        for (List<String> row : previewRows) {
            if (at < row.size()) {
                samples.add(row.get(at));
            }
        }
        timePattern.set(LogSniffer.timePattern(samples));
    }

    /** Uses a saved mapping's columns (those this file has), time format and zone. */
    public void applySaved(String name) {
        CsvMapping m = saved.get(name);
        if (m == null) {
            return;
        }
        columns.forEach((f, prop) -> prop.set(header.contains(m.column(f)) ? m.column(f) : ""));
        timePattern.set(m.timePattern());
        timeZone.set(m.timeZone());
        mappingName.set(name);
        ok(session.text("signins.mapping.applied", name));
    }

    public CsvMapping mapping() {
        Map<Field, String> cols = new EnumMap<>(Field.class);
        columns.forEach((f, prop) -> {
            if (prop.get() != null && !prop.get().isBlank()) {
                cols.put(f, prop.get());
            }
        });
        return new CsvMapping(mappingName.get(), cols, timePattern.get(), timeZone.get(), delimiter);
    }

    /** Saves the mapping under the name typed, for the next export of the same kind. */
    public void saveMapping() {
        CsvMapping m = mapping();
        if (!checkMapping(m)) {
            return;
        }
        String name = mappingName.get() == null ? "" : mappingName.get().strip();
        if (name.isEmpty()) {
            error(session.text("signins.mapping.needsName"));
            return;
        }
        busy.set(true);
        session.run("signins.task.savingMapping", () -> {
            session.workspace().signIns().saveMapping(name, m.toJson());
            return name;
        }, n -> {
            busy.set(false);
            saved.put(n, m.named(n));
            if (!savedMappings.contains(n)) {
                savedMappings.add(n);
                FXCollections.sort(savedMappings);
            }
            ok(session.text("signins.mapping.saved", n));
        }, this::failed);
    }

    private boolean checkMapping(CsvMapping m) {
        List<String> keys = m.problems();
        if (keys.isEmpty()) {
            return true;
        }
        error(String.join("\n", keys.stream().map(session::text).toList()));
        return false;
    }

    private void read() {
        Path path = file.get();
        LogFormat f = format.get();
        CsvMapping m = f == LogFormat.CSV ? mapping() : null;
        if (m != null && !checkMapping(m)) {
            return;
        }
        start("signins.busy.reading", path);
        session.run("signins.task.reading", () -> LogReaders.read(path, f, m), log -> {
            busy.set(false);
            parsed = log;
            goodRows.set(log.rows().size());
            problems.setAll(log.problems().stream().map(this::problemRow).toList());
            resultText.set(summary(log));
            step.set(Step.RESULT);
        }, this::failed);
    }

    private ProblemRow problemRow(RowProblem p) {
        return new ProblemRow(p.line(), session.text(p.messageKey(), p.args().toArray()));
    }

    private String summary(ParsedLog log) {
        String s = session.text("signins.result.summary", log.rows().size(), log.problems().size());
        if (log.notSignIns() > 0) {
            s += "\n" + session.text("signins.result.notSignIns", log.notSignIns());
        }
        if (log.rows().isEmpty()) {
            s += "\n" + session.text("signins.error.noRows");
        }
        return s;
    }

    /** Stores the good rows (all of them when none is bad) as one evidence item, in one transaction. */
    public void importGoodRows() {
        ParsedLog log = parsed;
        if (log == null || log.rows().isEmpty() || busy.get()) {
            return;
        }
        String mappingUsed = format.get() == LogFormat.CSV ? mappingName.get() : "";
        busy.set(true);
        busyText.set(session.text("signins.busy.importing", log.rows().size()));
        session.run("signins.task.importing", () -> session.workspace().signIns().importLog(session.caseId(),
                log.goodRows(mappingUsed)), item -> {
            busy.set(false);
            imported.set(item);
            session.changed();
            finished.set(true);
        }, this::failed);
    }

    /** Leaves without storing anything. */
    public void importNothing() {
        parsed = null;
        finished.set(true);
    }

    private void start(String key, Path path) {
        busy.set(true);
        busyText.set(session.text(key, path.getFileName(), size(path)));
    }

    private String size(Path path) {
        try {
            return org.hirewatch.ui.casefile.CaseFormats.size(session.i18n(), Files.size(path));
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private void failed(Throwable t) {
        busy.set(false);
        Throwable e = t;
        while (e != null && !(e instanceof LogReadException)) {
            e = e.getCause();
        }
        error(e instanceof LogReadException lre ? session.text(lre.messageKey(), lre.args().toArray())
                : session.errorText(t));
    }

    private void ok(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    public void clearMessage() {
        message.set("");
    }

    public String fieldLabel(Field f) {
        return session.text(switch (f) {
            case TIME -> "signins.field.time";
            case ACCOUNT -> "signins.field.account";
            case IP -> "signins.field.ip";
            case COUNTRY -> "signins.field.country";
            case CITY -> "signins.field.city";
            case LATITUDE -> "signins.field.latitude";
            case LONGITUDE -> "signins.field.longitude";
            case ASN -> "signins.field.asn";
            case ORGANISATION -> "signins.field.organisation";
            case VPN_OR_PROXY -> "signins.field.vpn";
            case DEVICE -> "signins.field.device";
            case OUTCOME -> "signins.field.outcome";
            case SESSION_END -> "signins.field.sessionEnd";
        });
    }

    public String formatLabel(LogFormat f) {
        return f == null ? "" : session.text(f.messageKey());
    }

    public String text(String key, Object... args) {
        return session.text(key, args);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ObjectProperty<LogFormat> formatProperty() {
        return format;
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public StringProperty columnProperty(Field f) {
        return columns.get(f);
    }

    public StringProperty timePatternProperty() {
        return timePattern;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    /** Zones to offer: UTC, the claimed one, this computer's. */
    public List<String> zoneChoices() {
        List<String> out = new ArrayList<>(List.of("UTC"));
        if (session.caseFile() != null && !session.caseFile().subject().claimedTimeZone().isBlank()) {
            out.add(session.caseFile().subject().claimedTimeZone());
        }
        String here = java.time.ZoneId.systemDefault().getId();
        if (!out.contains(here)) {
            out.add(here);
        }
        return out;
    }

    public StringProperty mappingNameProperty() {
        return mappingName;
    }

    public ObservableList<String> savedMappings() {
        return savedMappings;
    }

    public ReadOnlyIntegerProperty goodRowsProperty() {
        return goodRows.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public BooleanProperty finishedProperty() {
        return finished;
    }

    public ReadOnlyObjectProperty<Evidence> importedProperty() {
        return imported.getReadOnlyProperty();
    }
}
