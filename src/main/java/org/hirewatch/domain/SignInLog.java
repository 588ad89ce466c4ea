package org.hirewatch.domain;

import java.util.List;

/**
 * A parsed sign-in log ready to store: where it came from (format, file name and SHA-256, the CSV mapping used) and
 * its good rows, each with the line it came from. {@code skipped} counts the malformed rows left out.
 */
public record SignInLog(String format, String fileName, String sha256, String mappingName, List<Row> rows,
                        int skipped) {

    public SignInLog {
        mappingName = mappingName == null ? "" : mappingName;
        rows = List.copyOf(rows);
    }

    /** A good row: its line number in the file and what it says. */
    public record Row(int line, SignIn signIn) {
    }
}
