package org.hirewatch.ui.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.links.LinkService;
import org.hirewatch.ui.casefile.CaseFixture;
import org.hirewatch.ui.common.BackgroundTaskRunner;
import org.hirewatch.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The link settings screen mounted alone on a real encrypted workspace with the real background task runner. The
 * rendered screen is saved to target/screenshots for a look.
 */
@ExtendWith(ApplicationExtension.class)
class LinkSettingsUiTest {
    @TempDir
    Path dir;
    CaseFixture fx;
    BackgroundTaskRunner tasks;
    LinkService links;
    Stage stage;
    final AtomicInteger reruns = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = new CaseFixture(dir);
        tasks = new BackgroundTaskRunner(fx.i18n);
        CheckService checks = CheckService.attach(fx.workspace);
        links = LinkService.attach(fx.workspace, checks);
        LinkSettingsScreen screen = new LinkSettingsScreen(links, checks, tasks, fx.i18n, fx.dialogs, Platform::runLater,
                reruns::incrementAndGet);
        stage.setScene(new Scene(Theme.apply(screen.load()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        fx.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @Test
    void changeTheCapAndSave(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#warningTable").queryAs(TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        Button save = robot.lookup("#saveButton").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        screenshot(robot, "link-settings.png");

        robot.clickOn("#capSpinner .text-field").type(KeyCode.UP, 3); // the arrow keys step the spinner, as a person would
        waitFor(() -> !save.isDisabled());
        robot.clickOn(save);

        waitFor(() -> links.settings().frequencyCap() == 13);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitFor(() -> fx.i18n.text("linkSettings.saved").equals(status.getText()));
        waitFor(() -> reruns.get() == 1);
        waitFor(() -> robot.lookup("#undoButton").queryAs(Button.class).isVisible());
        screenshot(robot, "link-settings-saved.png");
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        javax.imageio.ImageIO.write(out, "png", folder.resolve(name).toFile());
    }
}
