package org.hirewatch.app.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException;

/**
 * The command line's view of the single i18n bundle: MessageFormat patterns looked up by key. Text that came
 * from users or files is made printable first, so that stored data cannot drive the terminal.
 */
final class Texts {
    static final String BUNDLE = "org.hirewatch.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** The pattern as written, for picocli (which formats help text itself). */
    String raw(String key) {
        return bundle.getString(key);
    }

    /** Whether the bundle has this key: texts named by stored data (finding explanations) may come from newer rules. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String get(String key, Object... args) {
        return get(key, List.of(args));
    }

    String get(String key, List<?> args) {
        String pattern = bundle.getString(key);
        if (args.isEmpty()) {
            // Formatted anyway so that '' in a pattern reads the same with or without arguments.
            return new MessageFormat(pattern, locale).format(new Object[0]);
        }
        Object[] a = new Object[args.size()];
        for (int i = 0; i < a.length; i++) {
            Object v = args.get(i);
            a[i] = v instanceof Number ? v : printable(String.valueOf(v));
        }
        return new MessageFormat(pattern, locale).format(a);
    }

    /** "field: message", as every validation problem is printed. */
    String violation(Violation v) {
        Object[] a = v.args().toArray();
        for (int i = 0; i < a.length; i++) {
            // Some arguments are keys themselves (the statuses of validation.statusTransition).
            if (a[i] instanceof String s && bundle.containsKey(s)) {
                a[i] = bundle.getString(s);
            }
        }
        return printable(v.field()) + ": " + get(v.messageKey(), a);
    }

    String error(WorkspaceException e) {
        return get(e.reason().messageKey(), e.args());
    }

    /** Control characters (escape sequences, bells, line breaks in one-line output) become U+FFFD. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
