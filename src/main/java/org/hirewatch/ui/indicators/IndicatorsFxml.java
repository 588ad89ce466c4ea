package org.hirewatch.ui.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;
import org.hirewatch.ui.common.I18n;

/** The indicator screens' FXML files, named in one place (the details pane comes in by fx:include). */
enum IndicatorsFxml {
    SCREEN("Indicators.fxml"),
    CUSTOM_FORM("CustomIndicatorForm.fxml");

    private final String path;

    IndicatorsFxml(String path) {
        this.path = path;
    }

    /** Loads the file with the bundle; an FXML asking for a controller the factory does not know fails at once. */
    Parent load(I18n i18n, Callback<Class<?>, Object> controllers) {
        URL url = IndicatorsFxml.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + path);
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(type -> {
            Object c = controllers.call(type);
            if (c == null) {
                throw new IllegalStateException(path + " wants a " + type.getName());
            }
            return c;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path, e);
        }
    }
}
