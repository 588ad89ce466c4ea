package org.hirewatch.exchange.applicants;

import java.util.List;

/** A whole applicants file after validation: every applicant in it, in file order. */
public record ApplicantFile(int version, List<Applicant> applicants) {
    /** The value of the file's "format" property. */
    public static final String FORMAT = "hirewatch-applicants";
    /** The one version of the format this HireWatch reads and writes. */
    public static final int VERSION = 1;

    public ApplicantFile {
        applicants = List.copyOf(applicants);
    }
}
