package org.hirewatch.exchange.report;

import java.util.Locale;

/** The two forms of a case report. */
public enum ReportFormat {
    HTML, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
