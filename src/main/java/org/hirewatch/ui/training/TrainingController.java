package org.hirewatch.ui.training;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.hirewatch.training.DemoCase;
import org.hirewatch.ui.common.I18n;

/** Binds the training window (walkthrough and quiz tabs) to its two view models. */
public final class TrainingController {
    private final WalkthroughViewModel walk;
    private final QuizViewModel quiz;
    private final I18n i18n;

    @FXML private Tab walkTab;
    @FXML private ComboBox<DemoCase> walkCaseBox;
    @FXML private Label stepKind;
    @FXML private Label stepTitle;
    @FXML private TextArea stepBody;
    @FXML private VBox guidanceBox;
    @FXML private TextArea verifyArea;
    @FXML private TextArea innocentArea;
    @FXML private TextArea sourcesArea;
    @FXML private ListView<String> revealedList;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Label progressLabel;
    @FXML private TextField traineeField;
    @FXML private ComboBox<DemoCase> quizCaseBox;
    @FXML private TextArea dossierArea;
    @FXML private ListView<QuizViewModel.Question> questionList;
    @FXML private Button submitButton;
    @FXML private Label resultLabel;
    @FXML private TextArea feedbackArea;
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private Button exportButton;

    TrainingController(WalkthroughViewModel walk, QuizViewModel quiz, I18n i18n) {
        this.walk = walk;
        this.quiz = quiz;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        walkCaseBox.setItems(walk.cases());
        walkCaseBox.setConverter(converter(walk::caseLabel));
        walkCaseBox.valueProperty().bindBidirectional(walk.selectedProperty());
        stepKind.textProperty().bind(walk.kindProperty());
        stepTitle.textProperty().bind(walk.titleProperty());
        stepBody.textProperty().bind(walk.bodyProperty());
        verifyArea.textProperty().bind(walk.verifyProperty());
        innocentArea.textProperty().bind(walk.innocentProperty());
        sourcesArea.textProperty().bind(walk.sourcesProperty());
        guidanceBox.visibleProperty().bind(walk.verifyProperty().isNotEmpty());
        guidanceBox.managedProperty().bind(guidanceBox.visibleProperty());
        revealedList.setItems(walk.revealed());
        revealedList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
            }
        });
        revealedList.setPlaceholder(new Label(i18n.text("training.walk.noneYet")));
        progressLabel.textProperty().bind(walk.progressProperty());
        backButton.disableProperty().bind(walk.canBackProperty().not());
        nextButton.disableProperty().bind(walk.canNextProperty().not());
        // Arrow keys and Page Up/Down step through the case from anywhere in the tab, like presentation software.
        walkTab.getContent().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof ComboBox<?>) {
                return;
            }
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN) {
                walk.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                walk.back();
                e.consume();
            }
        });

        javafx.application.Platform.runLater(nextButton::requestFocus);

        traineeField.textProperty().bindBidirectional(quiz.traineeProperty());
        quizCaseBox.setItems(quiz.cases());
        quizCaseBox.setConverter(converter(quiz::caseLabel));
        quizCaseBox.valueProperty().bindBidirectional(quiz.selectedProperty());
        dossierArea.textProperty().bind(quiz.dossierProperty());
        questionList.setItems(quiz.questions());
        questionList.setCellFactory(list -> new QuestionCell());
        resultLabel.textProperty().bind(quiz.resultProperty());
        resultLabel.managedProperty().bind(quiz.answeredProperty());
        feedbackArea.textProperty().bind(quiz.feedbackProperty());
        feedbackArea.visibleProperty().bind(quiz.answeredProperty());
        feedbackArea.managedProperty().bind(quiz.answeredProperty());
        summaryLabel.textProperty().bind(quiz.summaryProperty());
        messageLabel.textProperty().bind(quiz.messageProperty());
        exportButton.disableProperty().bind(Bindings.isEmpty(quiz.cases()));
    }

    private static StringConverter<DemoCase> converter(java.util.function.Function<DemoCase, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(DemoCase c) {
                return label.apply(c);
            }

            @Override
            public DemoCase fromString(String s) {
                return null;
            }
        };
    }

    /** An indicator with a choice of "applies", "does not apply" and "not sure". */
    private final class QuestionCell extends ListCell<QuizViewModel.Question> {
        private final Label label = new Label();
        private final ChoiceBox<QuizViewModel.Mark> choice = new ChoiceBox<>();
        private final HBox row = new HBox(10, label, choice);
        private QuizViewModel.Question bound;

        QuestionCell() {
            choice.getItems().setAll(QuizViewModel.Mark.values());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(QuizViewModel.Mark m) {
                    return m == null ? "" : i18n.text(switch (m) {
                        case APPLIES -> "training.quiz.mark.applies";
                        case DOES_NOT_APPLY -> "training.quiz.mark.doesNotApply";
                        case UNSURE -> "training.quiz.mark.unsure";
                    });
                }

                @Override
                public QuizViewModel.Mark fromString(String s) {
                    return null;
                }
            });
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            choice.setMinWidth(150);
        }

        @Override
        protected void updateItem(QuizViewModel.Question q, boolean empty) {
            super.updateItem(q, empty);
            if (bound != null) {
                choice.valueProperty().unbindBidirectional(bound.markProperty());
                bound = null;
            }
            if (empty || q == null) {
                setGraphic(null);
                return;
            }
            bound = q;
            label.setText(q.label());
            choice.setAccessibleText(q.label());
            choice.valueProperty().bindBidirectional(q.markProperty());
            label.prefWidthProperty().bind(getListView().widthProperty().subtract(200));
            setGraphic(row);
        }
    }

    @FXML
    private void back() {
        walk.back();
    }

    @FXML
    private void next() {
        walk.next();
    }

    @FXML
    private void submit() {
        quiz.submit();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("training.quiz.export.title"));
        chooser.setInitialFileName("quiz-results.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("training.quiz.export.filter"), "*.json"));
        File f = chooser.showSaveDialog(exportButton.getScene().getWindow());
        if (f != null) {
            quiz.export(f.toPath());
        }
    }
}
