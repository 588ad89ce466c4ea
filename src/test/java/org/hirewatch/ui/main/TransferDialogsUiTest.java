package org.hirewatch.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.FxDialogs;
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
 * The import dry run and the purge preview as the real dialogs show them: long lists scroll in a text area instead of
 * growing the window. Each dialog is saved to target/screenshots for a look.
 */
@ExtendWith(ApplicationExtension.class)
class TransferDialogsUiTest {
    @TempDir
    Path dir;
    Workspace ws;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (ws != null) {
            ws.close();
        }
    }

    /** The real dialogs, with the file chooser answered up front (no native chooser in a headless test). */
    private TransferViewModel vm(Path toOpen) {
        I18n i18n = new I18n(Locale.ENGLISH);
        FxDialogs fx = new FxDialogs(() -> stage, i18n);
        Dialogs dialogs = new Dialogs() {
            @Override
            public boolean confirm(String titleKey, String message) {
                return fx.confirm(titleKey, message);
            }

            @Override
            public void showError(String message) {
                fx.showError(message);
            }

            @Override
            public void showInfo(String titleKey, String message) {
                fx.showInfo(titleKey, message);
            }

            @Override
            public boolean confirmReport(String titleKey, String report) {
                return fx.confirmReport(titleKey, report);
            }

            @Override
            public void showReport(String titleKey, String report, boolean problem) {
                fx.showReport(titleKey, report, problem);
            }

            @Override
            public List<Path> chooseFilesToOpen(String titleKey) {
                return List.of(toOpen);
            }

            @Override
            public Optional<Path> chooseSaveTarget(String titleKey, String suggestedName) {
                return Optional.empty();
            }
        };
        CaseListViewModel list = new CaseListViewModel(ws, new ImmediateTaskRunner(), i18n);
        return new TransferViewModel(ws, CheckService.attach(ws), new ImmediateTaskRunner(), i18n, dialogs, list);
    }

    @Test
    void aLongDryRunScrollsAndAPurgePreviewNamesWhatIsKept(FxRobot robot) throws Exception {
        ws = Workspace.create(dir.resolve("ws"), "pass phrase 1".toCharArray(), KdfParams.fresh(1000), "tester");
        StringBuilder csv = new StringBuilder("applicant,name,claimed_country,kind,observed_at,source,email\n");
        csv.append("A-1,Dana Example,United States,CONTACT_CHANNEL,2026-03-01,application form,dana@example.com\n");
        for (int i = 1; i <= 40; i++) {
            csv.append("B-").append(i).append(",Pat Example ").append(i)
                    .append(",United States,CONTACT_CHANNEL,not-a-date,form,pat").append(i).append("@example.com\n");
        }
        Path bad = Files.writeString(dir.resolve("applicants.csv"), csv);
        Window dryRun = show(robot, vm(bad)::importApplicants, "Import applicants");
        TextArea text = robot.lookup("#reportText").queryAs(TextArea.class);
        assertThat(text.getText()).contains("Line 3, observed_at:").contains("more.");
        assertThat(dryRun.getHeight()).isLessThan(700);
        save(robot, dryRun, "import-dry-run.png");
        robot.type(KeyCode.ESCAPE);

        caseWith("Riley Placeholder", LocalDate.of(2023, 11, 30), false);
        caseWith("Sam Sample", LocalDate.of(2024, 3, 15), true);
        Path good = Files.writeString(dir.resolve("good.csv"), "applicant,name,kind,observed_at,source,email\n"
                + "A-1,Dana Example,CONTACT_CHANNEL,2026-03-01,form,dana@example.com\n");
        Window confirm = show(robot, vm(good)::importApplicants, "Import applicants");
        save(robot, confirm, "import-confirm.png");
        robot.type(KeyCode.ESCAPE);

        Window purge = show(robot, vm(good)::purge, "Purge expired cases");
        assertThat(robot.lookup("#reportText").queryAs(TextArea.class).getText())
                .contains("Riley Placeholder").contains("on legal hold");
        save(robot, purge, "purge-preview.png");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ws.cases().count()).as("Esc cancels the purge").isEqualTo(2);
    }

    private void caseWith(String name, LocalDate retention, boolean hold) {
        CaseFile c = ws.cases().create(CaseDetails.newCase("Case of " + name, Subject.named(name)));
        ws.cases().update(c.id(), c.version(), new CaseDetails(c.title(), c.status(), c.decision(), c.decisionRationale(),
                c.priority(), c.assignee(), c.tags(), retention, hold, c.subject()));
    }

    private Window show(FxRobot robot, Runnable action, String title) throws Exception {
        Platform.runLater(action);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    private static void save(FxRobot robot, Window window, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.getScene().snapshot(null));
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
