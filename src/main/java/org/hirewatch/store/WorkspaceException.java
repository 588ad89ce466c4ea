package org.hirewatch.store;

import java.util.List;

/**
 * A failure a user can cause or fix, told as a reason with a message key ({@code error.<reason>}) and
 * arguments. The UI and the CLI turn it into a sentence; neither shows a stack trace.
 */
public class WorkspaceException extends RuntimeException {

    public enum Reason {
        WRONG_PASSPHRASE, LOCKED, NEWER_SCHEMA, DAMAGED, NOT_A_WORKSPACE, NO_WORKSPACE, ALREADY_EXISTS,
        READ_ONLY, DISK_FULL, BAD_PATH, ATTACHMENT_TOO_LARGE, FILE_UNREADABLE, CHANGED_ELSEWHERE, NOT_FOUND,
        ATTACHMENT_CORRUPT, STORAGE, BACKUP_DAMAGED, BACKUP_UNREADABLE, TARGET_NOT_EMPTY, EXPORT_FAILED;

        public String messageKey() {
            StringBuilder sb = new StringBuilder("error.");
            boolean upper = false;
            for (char c : name().toLowerCase().toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    sb.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return sb.toString();
        }
    }

    private final Reason reason;
    private final transient List<Object> args;

    public WorkspaceException(Reason reason, Throwable cause, Object... args) {
        super(reason + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.reason = reason;
        this.args = List.of(args);
    }

    public WorkspaceException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
