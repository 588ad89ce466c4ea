package org.hirewatch.ui.casefile.findings;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.ChecklistAnswer.Answer;

/**
 * One checklist question of a manual indicator: the answer and comment being edited, what is stored, and the store's
 * complaint if saving failed.
 */
public final class ChecklistItem {
    private final String indicatorId;
    private final String title;
    private final String question;
    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>(Answer.NOT_CHECKED);
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObjectProperty<Answer> savedAnswer = new SimpleObjectProperty<>(Answer.NOT_CHECKED);
    private final StringProperty savedComment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding dirty;

    ChecklistItem(String indicatorId, String title, String question) {
        this.indicatorId = indicatorId;
        this.title = title;
        this.question = question;
        dirty = Bindings.createBooleanBinding(() -> answer.get() != savedAnswer.get()
                || !Objects.equals(comment.get().strip(), savedComment.get()), answer, comment, savedAnswer, savedComment);
        // a complaint about the comment is out of date once the user changes what it was about
        answer.addListener(x -> error.set(""));
        comment.addListener(x -> error.set(""));
    }

    /** Shows what is stored; edits the user has not saved yet are kept. */
    void stored(ChecklistAnswer stored, String savedDescription) {
        boolean keepEdits = dirty.get();
        savedAnswer.set(stored == null ? Answer.NOT_CHECKED : stored.answer());
        savedComment.set(stored == null ? "" : stored.comment());
        savedText.set(savedDescription);
        if (!keepEdits) {
            answer.set(savedAnswer.get());
            comment.set(savedComment.get());
        }
    }

    void failed(String message) {
        busy.set(false);
        error.set(message);
    }

    void saving() {
        busy.set(true);
        error.set("");
    }

    void saved() {
        busy.set(false);
        savedAnswer.set(answer.get());
        savedComment.set(comment.get().strip());
    }

    public String indicatorId() {
        return indicatorId;
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }

    public ObjectProperty<Answer> answerProperty() {
        return answer;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }
}
