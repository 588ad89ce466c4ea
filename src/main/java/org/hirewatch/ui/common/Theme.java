package org.hirewatch.ui.common;

import javafx.scene.Parent;

/** The app's stylesheet, applied to every scene root and dialog pane (dialogs get their own scene). */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("/org/hirewatch/ui/hirewatch.css").toExternalForm();

    private Theme() {
    }

    public static <T extends Parent> T apply(T root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
        return root;
    }
}
