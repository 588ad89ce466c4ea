package org.hirewatch.exchange.batch;

import java.nio.file.Path;
import java.util.Locale;

/** The two files an applicant import reads: the CSV layout of docs/import-csv.md and the JSON of the check command. */
public enum ImportFormat {
    CSV, JSON;

    /** By the file name's ending; anything but ".json" is read as CSV. */
    public static ImportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JSON : CSV;
    }
}
