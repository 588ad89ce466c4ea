package org.hirewatch.signins;

import java.util.List;
import org.hirewatch.domain.SignInLog;

/**
 * What reading a log file gave: its good rows, the malformed ones (line and reason), how many entries were not
 * sign-ins at all (other event types, left out silently), and the file's SHA-256 for the chain of custody.
 */
public record ParsedLog(LogFormat format, String fileName, String sha256, List<SignInLog.Row> rows,
                        List<RowProblem> problems, int notSignIns) {

    public ParsedLog {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The log to store with its good rows; the malformed ones are counted as left out. */
    public SignInLog goodRows(String mappingName) {
        return new SignInLog(format.code(), fileName, sha256, mappingName, rows, problems.size());
    }
}
