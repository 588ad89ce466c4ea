package org.hirewatch.ui.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hirewatch.exchange.applicants.ApplicantChecker;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.training.DemoPack;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;
import org.hirewatch.ui.common.Theme;

/**
 * The training window (walkthrough and quiz), opened from the demo workspace. It runs the engine over the demo pack
 * in memory, the same way {@code hirewatch check --input} does, so what it reveals is what the engine really says.
 */
public final class TrainingScreen {
    static final String FXML = "Training.fxml";

    private TrainingScreen() {
    }

    /** The screen's root with its view models, results loading in the background. */
    public static Parent load(I18n i18n, TaskRunner tasks, Catalogue catalogue, CheckEngine engine) {
        CaseTexts texts = new CaseTexts(i18n, catalogue);
        WalkthroughViewModel walk = new WalkthroughViewModel(texts);
        QuizViewModel quiz = new QuizViewModel(texts, tasks, Instant::now, catalogue.version());
        URL url = TrainingScreen.class.getResource(FXML);
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(type -> new TrainingController(walk, quiz, i18n));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + FXML, e);
        }
        tasks.run("task.checkingDemo", () -> {
            DemoPack pack = DemoPack.builtIn(catalogue);
            Map<String, ApplicantChecker.Result> results = new LinkedHashMap<>();
            for (ApplicantChecker.Result r : new ApplicantChecker(catalogue, engine).check(pack.file(), Instant.now())) {
                results.put(r.applicant().id(), r);
            }
            return new Checked(pack, results);
        }, checked -> {
            walk.loaded(checked.pack().cases(), checked.results());
            quiz.loaded(checked.pack().cases(), checked.results());
        }, e -> quiz.messageProperty().set(i18n.text("training.loadFailed")));
        return root;
    }

    private record Checked(DemoPack pack, Map<String, ApplicantChecker.Result> results) {
    }

    public static void show(Window owner, I18n i18n, TaskRunner tasks, Catalogue catalogue, CheckEngine engine) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.text("training.title"));
        Scene scene = new Scene(load(i18n, tasks, catalogue, engine), 1100, 720);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }
}
