package org.hirewatch.app.cli;

import java.util.List;

/** A failure the command line reports as one sentence (a bundle key and its arguments) with an exit code. */
final class CliException extends RuntimeException {
    private final int exitCode;
    private final String messageKey;
    private final transient List<Object> args;

    CliException(int exitCode, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.exitCode = exitCode;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    int exitCode() {
        return exitCode;
    }

    String messageKey() {
        return messageKey;
    }

    List<Object> args() {
        return args;
    }
}
