package org.hirewatch.exchange.report;

/** What to make: HTML or PDF, and whether personal identifiers are masked. */
public record ReportOptions(ReportFormat format, boolean redacted) {
    public ReportOptions {
        format = format == null ? ReportFormat.PDF : format;
    }
}
