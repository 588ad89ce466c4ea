package org.hirewatch.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.hirewatch.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demo banner marks the main screen and offers reset and training; the training window steps by keyboard. */
@ExtendWith(ApplicationExtension.class)
class DemoBannerUiTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger trainings = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(DemoBanner.wrap(new Label("main screen"), i18n, resets::incrementAndGet,
                trainings::incrementAndGet), 1000, 600);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBannerSaysDemoAndItsButtonsWork(FxRobot robot) {
        Label text = robot.lookup("#demoBannerText").queryAs(Label.class);
        assertThat(text.isVisible()).isTrue();
        assertThat(text.getText()).startsWith("DEMO WORKSPACE");
        robot.clickOn("#demoResetButton");
        robot.clickOn("#demoWalkthroughButton");
        assertThat(resets.get()).isEqualTo(1);
        assertThat(trainings.get()).isEqualTo(1);
    }

    @Test
    void theTrainingWindowStepsThroughACaseByKeyboard(FxRobot robot) {
        robot.interact(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(TrainingScreen.load(i18n, new ImmediateTaskRunner(), Catalogue.builtIn(),
                    CheckEngine.withBuiltInRules()), 1100, 720));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label progress = robot.lookup(".label").match((Label l) -> l.getText().startsWith("Step 1 of")).queryAs(Label.class);
        ListView<?> revealed = robot.lookup("#revealedList").queryAs(ListView.class);
        assertThat(revealed.getItems()).isEmpty();
        robot.clickOn("#nextButton");
        assertThat(progress.getText()).startsWith("Step 2 of");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(progress.getText()).startsWith("Step 3 of");
        robot.type(javafx.scene.input.KeyCode.PAGE_UP);
        assertThat(progress.getText()).startsWith("Step 2 of");
    }
}
