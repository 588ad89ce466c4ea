package org.hirewatch.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads FXML with the i18n bundle and a controller factory, so that controllers get their collaborators through
 * their constructors. An FXML that names a controller the factory does not know fails at once.
 */
public final class ViewLoader {
    private final I18n i18n;

    public ViewLoader(I18n i18n) {
        this.i18n = i18n;
    }

    public <C> Loaded<C> load(View view, Callback<Class<?>, Object> controllers) {
        URL url = ViewLoader.class.getResource(view.resource());
        if (url == null) {
            throw new IllegalStateException("missing FXML " + view.resource());
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(type -> {
            Object c = controllers.call(type);
            if (c == null) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return c;
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + view.resource(), e);
        }
    }

    /** A loaded view: its root node and its top controller. */
    public record Loaded<C>(Parent root, C controller) {
    }
}
