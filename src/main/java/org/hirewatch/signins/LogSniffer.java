package org.hirewatch.signins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * First guesses for the import screen, from the start of a file only: which format a log is in, which character
 * separates a CSV's columns, and how its times are written. The user can always change the guess.
 */
public final class LogSniffer {
    /** Patterns tried on a CSV's time column, most common first; "" is ISO-8601, "epoch" seconds or milliseconds. */
    public static final List<String> TIME_PATTERNS = List.of("", "epoch", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
            "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm", "M/d/yyyy h:mm:ss a",
            "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm");
    private static final int HEAD = 64 * 1024;

    private LogSniffer() {
    }

    /** The format the start of the file looks like; CSV (with a mapping) when nothing more specific fits. */
    public static LogFormat format(Path file) {
        String head = head(file);
        String trimmed = head.stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            if (lower.contains("\"eventtype\"") || lower.contains("\"published\"")) {
                return LogFormat.OKTA;
            }
            return LogFormat.ENTRA_JSON;
        }
        String header = firstLine(head).toLowerCase(Locale.ROOT);
        if (header.contains("date (utc)") && (header.contains("username") || header.contains("ip address"))) {
            return LogFormat.ENTRA_CSV;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".ndjson")) {
            return lower.contains("eventtype") ? LogFormat.OKTA : LogFormat.ENTRA_JSON;
        }
        return LogFormat.CSV;
    }

    /** The separator that splits the header line into the most columns: comma, semicolon, tab or bar. */
    public static char delimiter(Path file) {
        String header = firstLine(head(file));
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** The first pattern of {@link #TIME_PATTERNS} that reads the most of the sample values (ISO when none do). */
    public static String timePattern(List<String> samples) {
        String best = "";
        int most = 0;
        for (String pattern : TIME_PATTERNS) {
            int n = 0;
            for (String s : samples) {
                if (s != null && !s.isBlank() && reads(pattern, s.strip())) {
                    n++;
                }
            }
            if (n > most) {
                most = n;
                best = pattern;
            }
        }
        return best;
    }

    private static boolean reads(String pattern, String value) {
        try {
            if (pattern.isEmpty()) {
                try {
                    Instant.parse(value);
                } catch (DateTimeParseException e) {
                    try {
                        OffsetDateTime.parse(value);
                    } catch (DateTimeParseException e2) {
                        try {
                            ZonedDateTime.parse(value);
                        } catch (DateTimeParseException e3) {
                            LocalDateTime.parse(value);
                        }
                    }
                }
                return true;
            }
            if (pattern.equals("epoch")) {
                return value.matches("\\d{9,13}");
            }
            LocalDateTime.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String head(Path file) {
        try (InputStream in = LogFiles.skipBom(Files.newInputStream(file))) {
            return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LogReadException("signins.error.unreadable", e, String.valueOf(file.getFileName()));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }
}
