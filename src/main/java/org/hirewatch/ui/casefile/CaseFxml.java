package org.hirewatch.ui.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.hirewatch.ui.common.I18n;

/**
 * The case workspace's own FXML files that are loaded on demand (dialog contents), named in one place. The tabs
 * themselves come in through fx:include from CaseWorkspace.fxml.
 */
public enum CaseFxml {
    EVIDENCE_FORM("evidence/EvidenceForm.fxml"),
    IMPORT_LOG("signins/ImportLog.fxml");

    private final String path;

    CaseFxml(String path) {
        this.path = path;
    }

    /** Loads the file with the bundle and the given, already built controller. */
    public Parent load(I18n i18n, Object controller) {
        URL url = CaseFxml.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + path);
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(path + " wants a " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path, e);
        }
    }
}
