package org.hirewatch.ui.common;

/** Every FXML file of the app, named in one place. */
public enum View {
    WORKSPACE("workspace/Workspace.fxml"),
    MAIN("main/MainWindow.fxml"),
    NEW_CASE("newcase/NewCaseDialog.fxml"),
    CASE_WORKSPACE("casefile/CaseWorkspace.fxml");

    private final String path;

    View(String path) {
        this.path = path;
    }

    public String resource() {
        return "/org/hirewatch/ui/" + path;
    }
}
