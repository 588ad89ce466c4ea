package org.hirewatch.signins;

import java.util.List;

/** A log that cannot be read at all (not a log of that format, unreadable file): a bundle key and its arguments. */
public final class LogReadException extends RuntimeException {
    private final String messageKey;
    private final List<String> args;

    public LogReadException(String messageKey, Throwable cause, String... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
