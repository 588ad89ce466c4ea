package org.hirewatch.ui.training;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.exchange.applicants.ApplicantChecker;
import org.hirewatch.training.DemoCase;
import org.hirewatch.training.QuizScore;
import org.hirewatch.training.QuizSession;
import org.hirewatch.ui.common.TaskRunner;

/**
 * The quiz: a trainee reads a demo case's evidence, marks each indicator asked about as applying or not, and gets a
 * score with an explanation per indicator. Scores add up across the session, which a trainer can export.
 */
public final class QuizViewModel {
    public enum Mark { APPLIES, DOES_NOT_APPLY, UNSURE }

    /** One indicator the trainee judges. */
    public static final class Question {
        private final String indicatorId;
        private final String label;
        private final ObjectProperty<Mark> mark = new SimpleObjectProperty<>(Mark.UNSURE);

        Question(String indicatorId, String label) {
            this.indicatorId = indicatorId;
            this.label = label;
        }

        public String indicatorId() {
            return indicatorId;
        }

        public String label() {
            return label;
        }

        public ObjectProperty<Mark> markProperty() {
            return mark;
        }
    }

    private final CaseTexts texts;
    private final TaskRunner tasks;
    private final Supplier<Instant> clock;
    private final String catalogueVersion;
    private final ObservableList<DemoCase> cases = FXCollections.observableArrayList();
    private final ObjectProperty<DemoCase> selected = new SimpleObjectProperty<>();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final StringProperty dossier = new SimpleStringProperty("");
    private final StringProperty trainee = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty answered = new SimpleBooleanProperty(false);
    private QuizSession session = new QuizSession("");
    private Map<String, ApplicantChecker.Result> results = Map.of();

    QuizViewModel(CaseTexts texts, TaskRunner tasks, Supplier<Instant> clock, String catalogueVersion) {
        this.texts = texts;
        this.tasks = tasks;
        this.clock = clock;
        this.catalogueVersion = catalogueVersion;
        selected.addListener((o, a, b) -> restart());
        summary.set(texts.text("training.quiz.summary.empty"));
    }

    void loaded(List<DemoCase> demoCases, Map<String, ApplicantChecker.Result> checked) {
        this.results = Map.copyOf(checked);
        cases.setAll(demoCases);
        if (!cases.isEmpty()) {
            selected.set(cases.get(0));
        }
    }

    private void restart() {
        DemoCase c = selected.get();
        answered.set(false);
        result.set("");
        feedback.set("");
        questions.clear();
        if (c == null) {
            dossier.set("");
            return;
        }
        dossier.set(texts.dossier(c));
        for (String id : QuizScore.questions(c)) {
            questions.add(new Question(id, texts.indicatorLabel(id)));
        }
    }

    /** Scores the marks, explains each indicator and adds the case to the session. */
    public QuizScore submit() {
        DemoCase c = selected.get();
        if (c == null) {
            return null;
        }
        Set<String> yes = new HashSet<>();
        Set<String> no = new HashSet<>();
        for (Question q : questions) {
            if (q.mark.get() == Mark.APPLIES) {
                yes.add(q.indicatorId);
            } else if (q.mark.get() == Mark.DOES_NOT_APPLY) {
                no.add(q.indicatorId);
            }
        }
        QuizScore score = QuizScore.score(c, questions.stream().map(Question::indicatorId).toList(), yes, no);
        if (!trainee.get().strip().equals(session.trainee())) {
            session = restartedFor(trainee.get());
        }
        session.add(score);
        result.set(texts.text("training.quiz.result", score.hits(), score.misses(), score.falseAlarms(),
                score.correctRejections(), score.percent()));
        feedback.set(explain(c, score));
        summary.set(texts.text("training.quiz.summary", session.scores().size(),
                session.total(QuizScore.Outcome.HIT), session.total(QuizScore.Outcome.MISS),
                session.total(QuizScore.Outcome.FALSE_ALARM), session.total(QuizScore.Outcome.CORRECT_REJECTION),
                session.percent()));
        answered.set(true);
        return score;
    }

    private QuizSession restartedFor(String name) {
        QuizSession fresh = new QuizSession(name);
        session.scores().forEach(fresh::add);
        return fresh;
    }

    private String explain(DemoCase c, QuizScore score) {
        ApplicantChecker.Result r = results.get(c.id());
        StringBuilder sb = new StringBuilder();
        for (QuizScore.Item i : score.items()) {
            String outcome = texts.text(switch (i.outcome()) {
                case HIT -> "training.quiz.outcome.hit";
                case MISS -> "training.quiz.outcome.miss";
                case FALSE_ALARM -> "training.quiz.outcome.falseAlarm";
                case CORRECT_REJECTION -> "training.quiz.outcome.correctRejection";
                case UNANSWERED -> "training.quiz.outcome.unanswered";
            });
            sb.append(texts.text("training.quiz.item", outcome, texts.indicatorLabel(i.indicatorId()))).append('\n');
            if (i.fires() && r != null) {
                r.findings().stream().filter(f -> f.indicatorId().equals(i.indicatorId())).findFirst()
                        .ifPresent(f -> sb.append("   ").append(texts.explanation(f)).append('\n'));
            } else if (i.outcome() == QuizScore.Outcome.FALSE_ALARM) {
                sb.append("   ").append(texts.text("training.quiz.falseAlarm", texts.innocent(i.indicatorId())))
                        .append('\n');
            } else {
                sb.append("   ").append(texts.text("training.quiz.notFiring")).append('\n');
            }
            sb.append('\n');
        }
        sb.append('\n').append(c.expected().explanation()).append('\n').append(c.expected().lesson());
        return sb.toString();
    }

    /** Writes the session's results (they name the trainee) as JSON, off the JavaFX thread. */
    public void export(Path file) {
        String json = session.toJson(clock.get(), catalogueVersion);
        tasks.run("task.exportingQuiz", () -> {
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return file;
        }, f -> message.set(texts.text("training.quiz.exported", f.getFileName())),
                e -> message.set(texts.text("training.quiz.exportFailed", file.getFileName())));
    }

    QuizSession session() {
        return session;
    }

    public ObservableList<DemoCase> cases() {
        return cases;
    }

    public ObjectProperty<DemoCase> selectedProperty() {
        return selected;
    }

    public ObservableList<Question> questions() {
        return questions;
    }

    public StringProperty dossierProperty() {
        return dossier;
    }

    public StringProperty traineeProperty() {
        return trainee;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty answeredProperty() {
        return answered;
    }

    String caseLabel(DemoCase c) {
        return c == null ? "" : texts.caseLabel(c);
    }
}
