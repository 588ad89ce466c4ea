package org.hirewatch.ui.casefile.findings;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hirewatch.domain.ChecklistAnswer.Answer;
import org.hirewatch.ui.casefile.FieldErrors;
import org.hirewatch.ui.common.I18n;

/** The checklist: one card per manual indicator's question, with yes / no / not checked, a comment and Save. */
public final class ChecklistController {
    private final FindingsViewModel vm;
    private final I18n i18n;

    @FXML private VBox questionsBox;
    @FXML private Label checklistEmptyLabel;

    public ChecklistController(FindingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        vm.checklist().addListener((ListChangeListener<ChecklistItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        questionsBox.getChildren().clear();
        vm.checklist().forEach(item -> questionsBox.getChildren().add(card(item)));
        checklistEmptyLabel.setVisible(vm.checklist().isEmpty());
        checklistEmptyLabel.setManaged(vm.checklist().isEmpty());
    }

    private VBox card(ChecklistItem item) {
        String id = item.indicatorId();
        Label question = new Label(item.question());
        question.setWrapText(true);
        question.getStyleClass().add("checklist-question");
        Label indicator = new Label(item.title());
        indicator.getStyleClass().add("hint");
        indicator.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        HBox answers = new HBox(12);
        answers.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Answer a : Answer.values()) {
            RadioButton b = new RadioButton(i18n.text(a.messageKey()));
            b.setId("answer-" + id + "-" + a.name());
            b.setUserData(a);
            b.setToggleGroup(group);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            answers.getChildren().add(b);
        }
        select(group, item.answerProperty().get());
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                item.answerProperty().set((Answer) t.getUserData());
            }
        });
        item.answerProperty().addListener((obs, old, a) -> select(group, a));

        TextField comment = new TextField();
        comment.setId("comment-" + id);
        comment.setPromptText(i18n.text("findings.checklist.commentPrompt"));
        comment.setAccessibleText(i18n.text("findings.checklist.comment"));
        comment.textProperty().bindBidirectional(item.commentProperty());
        comment.setOnAction(e -> vm.saveAnswer(item));
        HBox.setHgrow(comment, Priority.ALWAYS);
        Label commentLabel = new Label(i18n.text("findings.checklist.comment"));
        commentLabel.setLabelFor(comment);
        commentLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button save = new Button(i18n.text("findings.checklist.save"));
        save.setId("saveAnswer-" + id);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.disableProperty().bind(item.busyProperty().or(item.dirtyBinding().not()));
        save.setOnAction(e -> vm.saveAnswer(item));
        // Once saved the button disables itself; the focus goes back to the comment rather than down the tab.
        save.disabledProperty().addListener((obs, was, disabled) -> {
            if (disabled && save.getScene() != null && save.getScene().getFocusOwner() == save) {
                comment.requestFocus();
            }
        });
        answers.getChildren().addAll(commentLabel, comment, save);

        Label error = new Label();
        error.setId("answerError-" + id);
        FieldErrors.bind(comment, error, item.errorProperty());
        Label saved = new Label();
        saved.textProperty().bind(item.savedTextProperty());
        saved.getStyleClass().add("hint");
        VBox card = new VBox(4, question, indicator, answers, error, saved);
        card.getStyleClass().add("checklist-item");
        return card;
    }

    private static void select(ToggleGroup group, Answer a) {
        for (Toggle t : group.getToggles()) {
            if (t.getUserData() == a && !t.isSelected()) {
                t.setSelected(true);
            }
        }
    }
}
