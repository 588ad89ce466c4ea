package org.hirewatch.ui.casefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.Subject;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.BackgroundTaskRunner;
import org.hirewatch.ui.common.Dialogs;
import org.hirewatch.ui.common.FxDialogs;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.View;
import org.hirewatch.ui.common.ViewLoader;

/**
 * Developer tool, not a test: opens the case workspace on a throwaway workspace with an invented case, in a
 * 1280x800 window, to look at it (screenshots under Xvfb). Arguments: {@code tab=1..4} selects a tab;
 * {@code form=KIND} opens the evidence form for that kind; {@code bad} types invalid values into it and tries
 * to save. Every person, address and number here is made up.
 */
public final class CaseWorkspaceDemo {
    private CaseWorkspaceDemo() {
    }

    /** A plain main: a main class that extends Application refuses to start from a class path. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        private Workspace workspace;

        @Override
        public void start(Stage stage) throws Exception {
            Map<String, String> args = getParameters().getNamed();
            List<String> flags = getParameters().getUnnamed();
            Path dir = Files.createTempDirectory("hirewatch-demo");
            workspace = Workspace.create(dir.resolve("ws"), "demo pass phrase".toCharArray(), KdfParams.fresh(1000), "r.ortega");
            CaseFile c = sampleCase(workspace, dir);
            I18n i18n = new I18n(Locale.ENGLISH);
            FxDialogs fx = new FxDialogs(() -> stage, i18n);
            Path sampleFile = Files.writeString(dir.resolve("interview-notes.txt"), "Invented sample file");
            Dialogs dialogs = new Dialogs() {
                public boolean confirm(String t, String m) {
                    return fx.confirm(t, m);
                }

                public void showError(String m) {
                    fx.showError(m);
                }

                public void showInfo(String t, String m) {
                    fx.showInfo(t, m);
                }

                public List<Path> chooseFilesToOpen(String t) {
                    return List.of(sampleFile);
                }

                public Optional<Path> chooseSaveTarget(String t, String name) {
                    return Optional.of(dir.resolve("copy-" + name));
                }
            };
            CaseScope scope = new CaseScope(c.id(), workspace, org.hirewatch.indicators.CheckService.attach(workspace), new BackgroundTaskRunner(i18n), i18n, dialogs, () -> { });
            ViewLoader.Loaded<CaseWorkspaceController> loaded = new ViewLoader(i18n).load(View.CASE_WORKSPACE, new CaseControllers(scope));
            Scene scene = new Scene(loaded.root(), 1280, 800);
            scene.getStylesheets().add(CaseWorkspaceDemo.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm());
            stage.setScene(scene);
            stage.titleProperty().bind(loaded.controller().titleProperty().map(t -> "HireWatch — " + t));
            stage.show();

            int tab = Integer.parseInt(args.getOrDefault("tab", "1"));
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(tab - 1);
            if (flags.contains("select")) {
                // the evidence loads in the background: pick the first item once it is listed
                javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
                wait.setOnFinished(e -> {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.TreeTableView<Object> tree = (javafx.scene.control.TreeTableView<Object>) scene.lookup("#tree");
                    tree.getSelectionModel().select(Integer.parseInt(args.getOrDefault("row", "1")));
                    tree.requestFocus();
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ListView<Object> notes = (javafx.scene.control.ListView<Object>) scene.lookup("#timeline");
                    notes.getSelectionModel().select(1);
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.TableView<Object> audit = (javafx.scene.control.TableView<Object>) scene.lookup("#table");
                    audit.getSelectionModel().select(audit.getItems().size() - 1);
                    if (scene.lookup("#verifyButton") instanceof javafx.scene.control.Button b) {
                        b.fire();
                    }
                    String open = args.getOrDefault("open", "");
                    String button = switch (open) {
                        case "history" -> "#historyButton";
                        case "edit" -> "#noteEditButton";
                        case "compose" -> "#addNoteButton";
                        case "delete" -> "#deleteButton";
                        case "editEvidence" -> "#editButton";
                        default -> null;
                    };
                    if (open.equals("history") || open.equals("edit")) {
                        notes.getSelectionModel().select(0);
                    }
                    if (button != null && scene.lookup(button) instanceof javafx.scene.control.Button b) {
                        Platform.runLater(b::fire); // showAndWait is not allowed inside an animation's handler
                    }
                });
                wait.play();
            }
            if (tab == 1 && flags.contains("bad")) {
                javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
                wait.setOnFinished(e -> {
                    ((TextField) scene.lookup("#timeZoneField")).setText("Chicago");
                    ((TextField) scene.lookup("#titleField")).setText("Contract backend engineer (payroll name mismatch)");
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ComboBox<Object> decision = (javafx.scene.control.ComboBox<Object>) scene.lookup("#decisionBox");
                    decision.getSelectionModel().select(2);
                    if (flags.contains("conflict")) {
                        CaseFile now = workspace.cases().get(c.id());
                        CaseDetails d = now.details();
                        workspace.cases().update(c.id(), now.version(), new CaseDetails(d.title(), d.status(), d.decision(),
                                d.decisionRationale(), d.priority(), "someone.else", d.tags(), d.retentionDate(),
                                d.legalHold(), d.subject()));
                        ((TextField) scene.lookup("#timeZoneField")).setText("America/Chicago");
                        ((javafx.scene.control.TextArea) scene.lookup("#rationaleArea")).setText("Payroll name and passport differ.");
                        ((javafx.scene.control.Button) scene.lookup("#saveButton")).fire();
                    }
                });
                wait.play();
            }
            if (args.containsKey("form")) {
                Platform.runLater(() -> openForm(scene, EvidenceKind.valueOf(args.get("form")), flags.contains("bad")));
            }
        }

        private static void openForm(Scene scene, EvidenceKind kind, boolean bad) {
            MenuButton add = (MenuButton) scene.lookup("#addButton");
            add.getItems().stream().filter(i -> ("add-" + kind.name()).equals(i.getId())).findFirst().ifPresent(MenuItem::fire);
            if (!bad) {
                return;
            }
            Platform.runLater(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.getScene() == null || w.getScene() == scene) {
                        continue;
                    }
                    type(w, "#field-email", "jon.doe@@example");
                    type(w, "#field-phone", "202-555-0143");
                    type(w, "#field-domainCreated", "2024-02-30");
                    Node save = w.getScene().lookup("#saveEvidenceButton");
                    if (save instanceof javafx.scene.control.Button b) {
                        b.fire();
                    }
                }
            });
        }

        private static void type(Window w, String id, String text) {
            if (w.getScene().lookup(id) instanceof TextField f) {
                f.setText(text);
            }
        }

        /** An invented applicant with a few items of each common kind. */
        static CaseFile sampleCase(Workspace ws, Path dir) throws Exception {
            Subject subject = new Subject(List.of(new NameSpelling("Daniel Whitford", "CV"),
                    new NameSpelling("Danial Whitferd", "Payroll form"), new NameSpelling("D. Whitford", "GitHub")),
                    "United States", "Tulsa", "America/Chicago", "US", "Senior backend engineer (contract)",
                    "Freelance marketplace", "Northbridge Talent Partners");
            CaseFile c = ws.cases().create(new CaseDetails("Contract backend engineer, payments team", null, null, null,
                    org.hirewatch.domain.Priority.HIGH, "r.ortega", List.of("contractor", "payments"), null, false, subject));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            Evidence mail = ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, now.minus(9, ChronoUnit.DAYS),
                    "Application form", Map.of("email", "d.whitford.dev@example.com", "phone", "+1 918 555 0147",
                            "lineType", "voip", "carrier", "Example VoIP Inc.", "offPlatformRequest", "yes")), List.of());
            ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, now.minus(6, ChronoUnit.DAYS),
                    "Chat during interview", Map.of("messagingHandle", "@dwhitford_dev")), List.of());
            Path scan = Files.writeString(dir.resolve("passport-scan.png"), "invented image bytes");
            ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.IDENTITY_DOCUMENT, now.minus(8, ChronoUnit.DAYS),
                    "Onboarding portal upload", Map.of("documentType", "passport", "issuingCountry", "United States",
                            "documentNumber", "X12345678", "nameAsPrinted", "WHITFORD DANIEL", "expiryDate", "2031-05-01",
                            "authenticityResult", "inconclusive", "imageResolution", "640x480")), List.of(scan));
            ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, now.minus(2, ChronoUnit.DAYS),
                    "Identity provider export", Map.of("account", "dwhitford", "ipAddress", "203.0.113.45",
                            "country", "Unknown", "vpnOrProxy", "yes", "signInOutcome", "success")), List.of());
            ws.evidence().add(c.id(), new EvidenceDraft(EvidenceKind.INTERVIEW_OBSERVATION, now.minus(7, ChronoUnit.DAYS),
                    "Second video interview", Map.of("platform", "Video call", "camera", "off",
                            "cameraExcuse", "Said the webcam driver was broken", "livenessCheck", "refused",
                            "observations", "Long pauses before answers; typing heard while answering.")), List.of());
            ws.notes().addToCase(c.id(), "Payroll name spelling differs from the CV and the passport scan. Ask for a second document.");
            ws.notes().add(c.id(), NoteTarget.EVIDENCE, mail.id(), "Phone number is a VoIP line, not the mobile the candidate described.");
            var n = ws.notes().addToCase(c.id(), "Reference from 'previous employer' did not answer two calls.");
            ws.notes().edit(n.id(), n.version(), "Reference from the previous employer did not answer two calls; the email bounced.");
            return c;
        }

        @Override
        public void stop() {
            if (workspace != null) {
                workspace.close();
            }
        }
    }
}
