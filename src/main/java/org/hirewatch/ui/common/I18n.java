package org.hirewatch.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one bundle of user-visible text. FXML gets the same bundle through the view loader. */
public final class I18n {
    public static final String BUNDLE = "org.hirewatch.i18n.messages";
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a test guards against missing keys; never crash a screen over one
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public String text(String key, List<Object> args) {
        return text(key, args.toArray());
    }
}
