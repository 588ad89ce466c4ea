package org.hirewatch.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Map;

/**
 * What a command may use of the outside world, injected so that tests need no real console, environment or
 * standard streams. {@code kdfIterations} is what {@code init} uses for a new workspace (tests lower it).
 */
record CliContext(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, PassphrasePrompt prompt,
                  Texts texts, ZoneId zone, int kdfIterations) {
}
