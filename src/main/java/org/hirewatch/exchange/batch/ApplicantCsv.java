package org.hirewatch.exchange.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.Violation;
import org.hirewatch.exchange.applicants.ApplicantFileReader;

/**
 * The applicant CSV layout (docs/import-csv.md): one row per evidence item; rows with the same {@code applicant}
 * make one case; the subject columns may be filled on any of an applicant's rows; the field columns are the field
 * keys of every kind, and a row fills those of its kind. Columns may be left out or reordered.
 */
public final class ApplicantCsv {
    public static final String APPLICANT = "applicant";
    public static final String TITLE = "title";
    public static final String NAME = "name";
    public static final String NAME_SOURCE = "name_source";
    public static final String KIND = "kind";
    public static final String OBSERVED_AT = "observed_at";
    public static final String SOURCE = "source";
    /** Subject columns and the {@link Subject} part each one fills. */
    static final List<String> SUBJECT_COLUMNS = List.of("claimed_country", "claimed_city", "claimed_time_zone",
            "claimed_nationality", "role", "hiring_channel", "staffing_firm");
    private static final List<String> SUBJECT_FIELDS = List.of("claimedCountry", "claimedCity", "claimedTimeZone",
            "claimedNationality", "role", "hiringChannel", "staffingFirm");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");

    private ApplicantCsv() {
    }

    /** Every column the layout knows, in template order. */
    public static List<String> columns() {
        List<String> out = new ArrayList<>(List.of(APPLICANT, TITLE, NAME, NAME_SOURCE));
        out.addAll(SUBJECT_COLUMNS);
        out.addAll(List.of(KIND, OBSERVED_AT, SOURCE));
        out.addAll(fieldColumns());
        return out;
    }

    /** The field keys of every importable kind, each once, in the kinds' order. */
    static Set<String> fieldColumns() {
        Set<String> keys = new LinkedHashSet<>();
        for (EvidenceKind k : ApplicantFileReader.kinds()) {
            k.fields().forEach(f -> keys.add(f.key()));
        }
        return keys;
    }

    /** The template: a byte-order mark (so spreadsheets read it as UTF-8) and the header row. */
    public static void writeTemplate(Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            p.printRecord(columns());
        }
    }

    /** Reads the whole text; every problem is collected, and applicants without problems are planned. */
    public static ImportPlan read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Lines lines = new Lines(csv);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Builder> applicants = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> header = parser.getHeaderNames();
            if (!checkHeader(header, problems)) {
                return new ImportPlan(ImportFormat.CSV, List.of(), problems);
            }
            for (CSVRecord r : parser) {
                long line = lines.lineAt(r.getCharacterPosition());
                row(r, header, line, applicants, problems);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(0, "", null, "import.csv.unreadable", List.of()));
            return new ImportPlan(ImportFormat.CSV, List.of(), problems);
        }
        if (applicants.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, "", null, "import.csv.noRows", List.of()));
        }
        List<PlannedCase> cases = new ArrayList<>();
        for (Builder b : applicants.values()) {
            PlannedCase c = b.build(problems);
            if (c != null) {
                cases.add(c);
            }
        }
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new ImportPlan(ImportFormat.CSV, cases, problems);
    }

    private static boolean checkHeader(List<String> header, List<ImportProblem> problems) {
        Set<String> known = new LinkedHashSet<>(columns());
        Set<String> seen = new LinkedHashSet<>();
        for (String h : header) {
            String name = h.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                problems.add(new ImportProblem(1, name, null, "import.csv.unknownColumn", List.of(name)));
            } else if (!seen.add(name)) {
                problems.add(new ImportProblem(1, name, null, "import.csv.duplicateColumn", List.of(name)));
            }
        }
        if (!seen.contains(APPLICANT)) {
            problems.add(new ImportProblem(1, APPLICANT, null, "import.csv.missingColumn", List.of(APPLICANT)));
        }
        return problems.isEmpty();
    }

    private static void row(CSVRecord r, List<String> header, long line, Map<String, Builder> applicants,
                            List<ImportProblem> problems) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size() && i < r.size(); i++) {
            String v = r.get(i).strip();
            if (!v.isEmpty() && !header.get(i).isBlank()) {
                cells.put(header.get(i).strip(), v);
            }
        }
        if (r.size() > header.size() && Arrays.stream(r.values()).skip(header.size()).anyMatch(v -> !v.isBlank())) {
            problems.add(new ImportProblem(line, "", null, "import.csv.extraCells", List.of(header.size())));
        }
        if (cells.isEmpty()) {
            return;
        }
        String id = cells.get(APPLICANT);
        if (id == null) {
            problems.add(new ImportProblem(line, APPLICANT, null, "validation.required", List.of()));
            return;
        }
        if (id.length() > ApplicantFileReader.ID_LIMIT) {
            problems.add(new ImportProblem(line, APPLICANT, null, "validation.tooLong",
                    List.of(id.length(), ApplicantFileReader.ID_LIMIT)));
            return;
        }
        Builder b = applicants.computeIfAbsent(id, k -> new Builder(k, line));
        b.subject(cells, line, problems);
        b.evidence(cells, line, problems);
    }

    /** Collects one applicant's rows. */
    private static final class Builder {
        final String id;
        final long line;
        final List<NameSpelling> names = new ArrayList<>();
        final Map<String, String> subject = new LinkedHashMap<>();
        final List<EvidenceDraft> evidence = new ArrayList<>();
        String title;
        boolean broken;

        Builder(String id, long line) {
            this.id = id;
            this.line = line;
        }

        void subject(Map<String, String> cells, long at, List<ImportProblem> problems) {
            title = agree(TITLE, title, cells.get(TITLE), at, problems);
            String name = cells.get(NAME);
            if (name != null && names.stream().noneMatch(n -> n.name().equals(name))) {
                names.add(new NameSpelling(name, cells.getOrDefault(NAME_SOURCE, "")));
            } else if (name == null && cells.containsKey(NAME_SOURCE)) {
                problem(problems, at, NAME, "validation.required");
            }
            for (String column : SUBJECT_COLUMNS) {
                String v = agree(column, subject.get(column), cells.get(column), at, problems);
                if (v != null) {
                    subject.put(column, v);
                }
            }
        }

        /** A value given again must be the same: two different claimed countries on one applicant are a mistake. */
        String agree(String column, String earlier, String now, long at, List<ImportProblem> problems) {
            if (now == null) {
                return earlier;
            }
            if (earlier != null && !earlier.equals(now)) {
                problem(problems, at, column, "import.csv.conflict", earlier, now);
                return earlier;
            }
            return now;
        }

        void evidence(Map<String, String> cells, long at, List<ImportProblem> problems) {
            Set<String> fieldKeys = fieldColumns();
            String kindName = cells.get(KIND);
            boolean anyEvidence = cells.containsKey(OBSERVED_AT) || cells.containsKey(SOURCE)
                    || cells.keySet().stream().anyMatch(fieldKeys::contains);
            if (kindName == null) {
                if (anyEvidence) {
                    problem(problems, at, KIND, "validation.required");
                }
                return;
            }
            EvidenceKind kind = kind(kindName, at, problems);
            Instant observed = observedAt(cells.get(OBSERVED_AT), at, problems);
            if (kind == null) {
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            int before = problems.size();
            for (Map.Entry<String, String> c : cells.entrySet()) {
                if (!fieldKeys.contains(c.getKey())) {
                    continue;
                }
                if (kind.field(c.getKey()).isEmpty()) {
                    problem(problems, at, c.getKey(), "import.csv.notAFieldOfKind", c.getKey(), kind.name());
                } else {
                    values.put(c.getKey(), c.getValue());
                }
            }
            EvidenceDraft draft = new EvidenceDraft(kind, observed == null ? Instant.EPOCH : observed,
                    cells.getOrDefault(SOURCE, ""), values);
            for (Violation v : draft.validate()) {
                String column = switch (v.field()) {
                    case "observedAt" -> OBSERVED_AT;
                    case "source" -> SOURCE;
                    case "kind" -> KIND;
                    default -> v.field();
                };
                if (!(OBSERVED_AT.equals(column) && observed == null)) {
                    problem(problems, at, column, v.messageKey(), v.args().toArray());
                }
            }
            if (observed != null && problems.size() == before) {
                evidence.add(draft);
            }
        }

        EvidenceKind kind(String name, long at, List<ImportProblem> problems) {
            List<EvidenceKind> allowed = ApplicantFileReader.kinds();
            for (EvidenceKind k : allowed) {
                if (k.name().equalsIgnoreCase(name)) {
                    return k;
                }
            }
            problem(problems, at, KIND, "applicants.error.unknownKind", name,
                    allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }

        Instant observedAt(String value, long at, List<ImportProblem> problems) {
            if (value == null) {
                problem(problems, at, OBSERVED_AT, "validation.required");
                return null;
            }
            Instant t = parseTime(value);
            if (t == null) {
                problem(problems, at, OBSERVED_AT, "import.csv.observedAt");
            }
            return t;
        }

        void problem(List<ImportProblem> problems, long at, String column, String key, Object... args) {
            broken = true;
            problems.add(new ImportProblem(at, column, id, key, List.of(args)));
        }

        PlannedCase build(List<ImportProblem> problems) {
            Subject s = new Subject(names, subject.get("claimed_country"), subject.get("claimed_city"),
                    subject.get("claimed_time_zone"), subject.get("claimed_nationality"), subject.get("role"),
                    subject.get("hiring_channel"), subject.get("staffing_firm"));
            String t = title != null ? title : PlannedCase.defaultTitle(id, s);
            for (Violation v : CaseDetails.newCase(t, s).validate()) {
                String field = v.field();
                int i = SUBJECT_FIELDS.indexOf(field.substring(field.indexOf('.') + 1));
                String column = field.startsWith("subject.name") ? NAME
                        : field.startsWith("subject.source") ? NAME_SOURCE
                        : i >= 0 ? SUBJECT_COLUMNS.get(i) : TITLE;
                problem(problems, line, column, v.messageKey(), v.args().toArray());
            }
            return broken ? null : new PlannedCase(id, line, t, s, evidence, Map.of());
        }
    }

    /** ISO time with offset; or "2026-03-01 10:00" and "2026-03-01", taken as UTC (what spreadsheets keep). */
    static Instant parseTime(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // try the spreadsheet forms
        }
        try {
            return LocalDateTime.parse(v.replace('T', ' '), LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Line numbers of character positions (a quoted cell may span lines; editors count those lines too). */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineAt(long position) {
            int i = Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
