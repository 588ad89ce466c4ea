package org.hirewatch.signins;

import java.nio.file.Path;

/** Reads a log file in the format the user chose (CSV needs its mapping). */
public final class LogReaders {
    private LogReaders() {
    }

    public static ParsedLog read(Path file, LogFormat format, CsvMapping mapping) {
        return switch (format) {
            case CSV -> CsvLogReader.read(file, mapping);
            case OKTA -> JsonLogReader.readOkta(file);
            case ENTRA_CSV -> CsvLogReader.readEntra(file);
            case ENTRA_JSON -> JsonLogReader.readEntra(file);
        };
    }
}
