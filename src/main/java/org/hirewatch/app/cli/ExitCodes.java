package org.hirewatch.app.cli;

/** The process exit codes of every subcommand; the help footer of each command lists them. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Input that breaks the rules (each problem printed as "field: message"), or an unknown case or evidence. */
    public static final int INVALID_INPUT = 1;
    /** Wrong command line (picocli's own errors), or no usable passphrase. */
    public static final int USAGE = 2;
    /** The workspace could not be opened, read or written (wrong passphrase, locked, damaged, disk full...). */
    public static final int WORKSPACE = 3;
    /** verify-audit found the audit chain broken. */
    public static final int AUDIT_BROKEN = 4;

    private ExitCodes() {
    }
}
