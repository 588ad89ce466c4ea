package org.hirewatch.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Output helpers: JSON through Jackson, CSV by hand (RFC 4180 quoting), aligned text tables. */
final class Output {
    /** The formats of list-like output. */
    enum Format { TEXT, JSON, CSV }

    /** The formats of single results. */
    enum SimpleFormat { TEXT, JSON }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private Output() {
    }

    static void json(PrintStream out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /** Lower-case enum names are the machine-readable values in JSON and CSV (new, in_review...). */
    static String code(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    static String localTime(Instant t, ZoneId zone) {
        return t == null ? "" : LOCAL_MINUTES.format(t.atZone(zone));
    }

    /**
     * One CSV cell. Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) get a leading
     * apostrophe; cells with separators, quotes or line breaks are quoted.
     */
    static String csvCell(String value) {
        String s = value == null ? "" : value;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static void csvRow(PrintStream out, List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(i)));
        }
        out.print(sb.append("\r\n"));
    }

    /** Cut to {@code max} characters with an ellipsis, for one line of a text table. */
    static String cut(String s, int max) {
        String p = Texts.printable(s);
        return p.length() <= max ? p : p.substring(0, max - 1) + "…";
    }

    /** Columns padded to the widest cell; {@code rightAligned[i]} for numbers. Trailing blanks are dropped. */
    static void table(PrintStream out, List<List<String>> rows, boolean[] rightAligned) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                sb.append(rightAligned[i] ? pad + cell : cell + pad);
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
