package org.hirewatch.exchange.bundle;

import java.util.List;

/**
 * Why a bundle was refused or could not be made, as a message key and its arguments. Every refusal happens before
 * anything is written, and the messages say so.
 */
public final class BundleException extends RuntimeException {

    public enum Reason {
        NOT_A_BUNDLE("caseBundle.error.notABundle"),
        NEWER_FORMAT("caseBundle.error.newerFormat"),
        WRONG_PASSPHRASE("caseBundle.error.wrongPassphrase"),
        TAMPERED("caseBundle.error.tampered"),
        MANIFEST_MISMATCH("caseBundle.error.manifestMismatch"),
        UNSAFE_PATH("caseBundle.error.unsafePath"),
        DAMAGED("caseBundle.error.damaged"),
        TOO_LARGE("caseBundle.error.tooLarge"),
        UNREADABLE("caseBundle.error.unreadable"),
        UNWRITABLE("caseBundle.error.unwritable"),
        ID_CLASH("caseBundle.error.idClash");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient List<Object> args;

    public BundleException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public BundleException(Reason reason, Throwable cause, Object... args) {
        // No arguments in the message: they may quote file names or bundle content, which must not reach a log.
        super(reason.name(), cause);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
