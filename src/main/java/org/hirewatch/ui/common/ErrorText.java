package org.hirewatch.ui.common;

import java.util.stream.Collectors;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.store.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into a sentence for the user. Unexpected failures are logged (without personal data). */
public final class ErrorText {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);
    private final I18n i18n;

    public ErrorText(I18n i18n) {
        this.i18n = i18n;
    }

    public String of(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof WorkspaceException we) {
            return i18n.text(we.reason().messageKey(), we.args());
        }
        if (e instanceof ValidationException ve) {
            return ve.violations().stream().map(this::of).collect(Collectors.joining("\n"));
        }
        LOG.error("Unexpected failure: {}", e.getClass().getName(), e);
        return i18n.text("error.unexpected");
    }

    public String of(Violation v) {
        return i18n.text(v.messageKey(), v.args());
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException
                || e.getClass() == RuntimeException.class) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
