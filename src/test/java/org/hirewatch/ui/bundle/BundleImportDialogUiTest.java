package org.hirewatch.ui.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Subject;
import org.hirewatch.exchange.bundle.BundleService;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog: typing the passphrase and checking the bundle shows the preview with a choice for the case that
 * exists here. The rendered dialog is saved to target/screenshots for a look.
 */
@ExtendWith(ApplicationExtension.class)
class BundleImportDialogUiTest {
    @TempDir
    Path dir;
    Workspace ws;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void checkingTheBundleShowsItsCasesAndTheConflictChoice(FxRobot robot) throws Exception {
        ws = Workspace.create(dir.resolve("ws"), "correct horse battery staple".toCharArray(), KdfParams.fresh(1000),
                "Alex Exporter");
        CheckService.attach(ws);
        CaseFile c = ws.cases().create(CaseDetails.newCase("Backend engineer applicant", Subject.named("Dana Example")));
        Path bundle = dir.resolve("handover.hwbundle");
        new BundleService(ws).export(List.of(c.id()), bundle, "handover passphrase 2026".toCharArray(), 1000,
                BundleService.Progress.NONE);
        I18n i18n = new I18n(Locale.ENGLISH);
        BundleImportViewModel vm = new BundleImportViewModel(new BundleService(ws), new ImmediateTaskRunner(), i18n);
        vm.fileProperty().set(bundle);
        FxBundleDialogs dialogs = new FxBundleDialogs(i18n, null, ids -> null, () -> vm);
        @SuppressWarnings("unchecked")
        Dialog<Void>[] shown = new Dialog[1];
        robot.interact(() -> {
            shown[0] = dialogs.importDialog(stage, vm, () -> { });
            shown[0].show();
        });
        robot.clickOn("#bundlePassphrase").write("handover passphrase 2026");
        robot.clickOn("#checkBundle");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#bundlePreview").queryAs(TableView.class);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("Keep the existing case").tryQuery()).isPresent();
        assertThat(robot.lookup("#importBundle").queryButton().isDisabled()).isFalse();
        save(robot, shown[0], "bundle-import-preview.png");
        robot.interact(() -> shown[0].close());
    }

    static void save(FxRobot robot, Dialog<?> dialog, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = dialog.getDialogPane().getScene().snapshot(null));
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
        Platform.runLater(() -> { });
    }
}
