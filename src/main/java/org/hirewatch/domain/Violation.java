package org.hirewatch.domain;

import java.util.List;

/**
 * A problem with user input: which field and a message key (resolved against the i18n bundle by whoever
 * shows it), with arguments for the message.
 */
public record Violation(String field, String messageKey, List<Object> args) {
    public Violation(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}
