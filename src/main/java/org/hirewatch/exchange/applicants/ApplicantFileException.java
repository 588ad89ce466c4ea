package org.hirewatch.exchange.applicants;

import java.util.List;

/** The file was refused: every problem found, so that its producer can fix them all in one go. */
public final class ApplicantFileException extends RuntimeException {
    private final transient List<FileProblem> problems;

    public ApplicantFileException(List<FileProblem> problems) {
        super(problems.size() + " problem(s) in the applicants file", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
