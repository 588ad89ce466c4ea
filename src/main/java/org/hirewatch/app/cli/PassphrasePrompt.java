package org.hirewatch.app.cli;

import java.io.Console;

/**
 * Asks the person at the terminal for a passphrase without echoing it. Injected so that tests need no console.
 */
@FunctionalInterface
public interface PassphrasePrompt {

    /**
     * Shows {@code prompt} and reads one passphrase without echo.
     *
     * @return the passphrase, or {@code null} when there is no console to ask (or input ended)
     */
    char[] read(String prompt);

    /** No console: every request answers {@code null}. */
    PassphrasePrompt NONE = prompt -> null;

    /**
     * The process's console, if it has one. On Java 17 there is none when standard input or output is redirected;
     * scripts then give the passphrase through the environment or a file.
     */
    static PassphrasePrompt console() {
        return prompt -> {
            Console c = System.console();
            return c == null ? null : c.readPassword("%s", prompt);
        };
    }
}
