package org.hirewatch.ui.casefile.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.AuditVerification;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The audit tab: this case's entries of the hash-chained log, the selected entry's state before and after, and
 * the result of checking the whole chain.
 */
public final class AuditViewModel {
    public enum Result { NONE, INTACT, BROKEN, FAILED }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CaseSession session;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper before = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper after = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(Result.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public AuditViewModel(CaseSession session) {
        this.session = session;
        session.revisionProperty().addListener(x -> {
            // A check made before this change says nothing about the entries it added.
            result.set(Result.NONE);
            resultText.set("");
            load();
        });
        selected.addListener((obs, old, e) -> {
            before.set(e == null ? "" : pretty(e.before()));
            after.set(e == null ? "" : pretty(e.after()));
        });
    }

    public void load() {
        session.run("task.loadingCase", () -> session.workspace().audit().forCase(session.caseId()), list -> {
            AuditEntry keep = selected.get();
            entries.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(e -> e.seq() == keep.seq()).findFirst().orElse(null));
        }, e -> fail(session.errorText(e)));
    }

    /** Checks the whole workspace's chain (one chain links every case's entries). */
    public void verify() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        session.run("casefile.task.verifyingAudit", () -> session.workspace().audit().verify(), v -> {
            busy.set(false);
            show(v);
        }, e -> {
            busy.set(false);
            fail(session.errorText(e));
        });
    }

    void show(AuditVerification v) {
        if (v.intact()) {
            result.set(Result.INTACT);
            resultText.set(session.text("casefile.audit.intact", v.entriesChecked()));
        } else {
            result.set(Result.BROKEN);
            resultText.set(session.text("casefile.audit.broken", v.firstBrokenSeq(), session.text(v.problem())));
        }
    }

    private void fail(String text) {
        result.set(Result.FAILED);
        resultText.set(text);
    }

    /** Indented JSON for reading; stored text as is if it is not JSON. */
    static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return JSON.readTree(json).toPrettyString();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** The entity column: its type and the start of its id, enough to tell entries apart. */
    public static String entityText(AuditEntry e) {
        String id = e.entityId() == null ? "" : " " + e.entityId().toString().substring(0, 8);
        return e.entityType() + id;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty beforeProperty() {
        return before.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty afterProperty() {
        return after.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
