package org.hirewatch.exchange.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report's view of the one i18n bundle, and how it writes times. Escaping is the HTML writer's job, not this. */
final class ReportTexts {
    static final String BUNDLE = "org.hirewatch.i18n.messages";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z", Locale.ROOT);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    ReportTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // texts named by stored data may come from a newer version; a report never fails over one
        }
        // The bundle's rule: only texts with arguments are MessageFormat patterns (and write '' for an apostrophe).
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String text(String key, List<?> args) {
        return text(key, args.toArray());
    }

    String time(Instant t) {
        return t == null ? "" : MINUTES.format(t.atZone(zone));
    }

    ZoneId zone() {
        return zone;
    }
}
