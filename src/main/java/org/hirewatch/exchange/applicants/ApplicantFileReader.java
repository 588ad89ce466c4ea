package org.hirewatch.exchange.applicants;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.TextRules;
import org.hirewatch.domain.Violation;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.IndicatorDefinition;

/**
 * Reads and validates a whole applicants file before anything uses it: every problem is collected with the path of
 * the record and field it concerns, and one problem refuses the file. Evidence is checked with the same rules as
 * evidence typed into the app ({@link EvidenceDraft#validate()}), the claimed identity with those of a case.
 * <p>
 * The JSON Schema in {@code docs/applicants.schema.json} describes the same structure; the checks it cannot express
 * (unique ids, calendar dates, time zones, times in the future, address syntax in detail) are made here only.
 */
public final class ApplicantFileReader {
    /** Longest id of an applicant or an evidence item. */
    public static final int ID_LIMIT = 100;
    public static final List<String> ROOT_KEYS = List.of("format", "version", "applicants");
    public static final List<String> APPLICANT_KEYS = List.of("id", "subject", "evidence", "checklist");
    public static final List<String> SUBJECT_KEYS = List.of("names", "claimedCountry", "claimedCity", "claimedTimeZone",
            "claimedNationality", "role", "hiringChannel", "staffingFirm");
    public static final List<String> NAME_KEYS = List.of("name", "source");
    public static final List<String> EVIDENCE_KEYS = List.of("id", "kind", "observedAt", "source", "fields");
    public static final List<String> ANSWER_KEYS = List.of("answer", "comment");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Decimal values are kept as written (0.1 stays 0.1), not rounded through a double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Set<String> questions;

    public ApplicantFileReader(Catalogue catalogue) {
        this.questions = questionIds(catalogue);
    }

    /** The ids of the manual indicators, whose questions a file may answer, in catalogue order. */
    public static Set<String> questionIds(Catalogue catalogue) {
        Set<String> ids = new LinkedHashSet<>();
        for (IndicatorDefinition d : catalogue.indicators()) {
            if (d.mode() == CheckMode.MANUAL) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    /**
     * The evidence kinds a file may hold: all but file attachments, which are nothing without their file and the
     * format carries no files, and imported sign-in logs, whose rows the format does not carry (single sign-ins go
     * in as SIGN_IN_RECORD items).
     */
    public static List<EvidenceKind> kinds() {
        return Arrays.stream(EvidenceKind.values()).filter(k -> !k.needsAttachment() && !k.importedOnly()).toList();
    }

    /**
     * The validated file.
     *
     * @throws ApplicantFileException with every problem found, when anything is wrong
     * @throws IOException when the stream itself cannot be read
     */
    public ApplicantFile read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            boolean duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
            throw new ApplicantFileException(List.of(new FileProblem("", null,
                    duplicate ? "applicants.error.duplicateKey" : "applicants.error.notJson", List.of(line, column))));
        }
        if (root == null || root.isMissingNode()) {
            throw new ApplicantFileException(List.of(new FileProblem("", null, "applicants.error.emptyFile", List.of())));
        }
        Check check = new Check();
        List<Applicant> applicants = check.file(root);
        if (!check.problems.isEmpty()) {
            throw new ApplicantFileException(check.problems);
        }
        return new ApplicantFile(ApplicantFile.VERSION, applicants);
    }

    /** One pass over one file, collecting problems. */
    private final class Check {
        final List<FileProblem> problems = new ArrayList<>();
        /** Paths that already have a problem: a missing value is reported once, not again by the evidence rules. */
        final Set<String> reported = new HashSet<>();
        String applicantId;

        void problem(String path, String key, Object... args) {
            reported.add(path);
            problems.add(new FileProblem(path, applicantId, key, List.of(args)));
        }

        List<Applicant> file(JsonNode root) {
            if (!root.isObject()) {
                problem("", "applicants.error.type.object");
                return List.of();
            }
            JsonNode format = root.get("format");
            if (format == null || !ApplicantFile.FORMAT.equals(format.asText(null)) || !format.isTextual()) {
                // Another kind of file: listing its every property as a problem would only bury this one.
                problem("format", "applicants.error.format", ApplicantFile.FORMAT);
                return List.of();
            }
            JsonNode version = root.get("version");
            if (version == null) {
                problem("version", "validation.required");
                return List.of();
            }
            if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != ApplicantFile.VERSION) {
                problem("version", "applicants.error.version", version.toString(), ApplicantFile.VERSION);
                return List.of();
            }
            keys(root, "", ROOT_KEYS);
            JsonNode list = root.get("applicants");
            if (list == null) {
                problem("applicants", "validation.required");
                return List.of();
            }
            if (!list.isArray()) {
                problem("applicants", "applicants.error.type.array");
                return List.of();
            }
            if (list.isEmpty()) {
                problem("applicants", "applicants.error.noApplicants");
            }
            List<Applicant> out = new ArrayList<>();
            Map<String, String> firstPath = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String path = "applicants[" + i + "]";
                applicantId = null;
                Applicant a = applicant(list.get(i), path);
                unique(list.get(i), path, firstPath);
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        }

        /** An id used before in the same list is a problem, even when its record has other problems too. */
        void unique(JsonNode node, String path, Map<String, String> firstPath) {
            JsonNode id = node.get("id");
            if (id == null || !id.isTextual() || id.textValue().isBlank()) {
                return;
            }
            String earlier = firstPath.putIfAbsent(id.textValue().strip(), path);
            if (earlier != null) {
                problem(join(path, "id"), "applicants.error.duplicateId", id.textValue().strip(), earlier);
            }
        }

        Applicant applicant(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "applicants.error.type.object");
                return null;
            }
            String id = id(node, path);
            applicantId = id;
            keys(node, path, APPLICANT_KEYS);
            Subject subject = subject(node.get("subject"), join(path, "subject"));
            List<Applicant.Item> items = evidence(node.get("evidence"), join(path, "evidence"));
            Map<String, Applicant.Answer> answers = checklist(node.get("checklist"), join(path, "checklist"));
            return id == null ? null : new Applicant(id, subject, items, answers);
        }

        /** A required id: non-blank text of at most {@link #ID_LIMIT} characters on one line. */
        String id(JsonNode parent, String path) {
            String id = text(parent, "id", path, true);
            if (id == null) {
                return null;
            }
            String p = join(path, "id");
            if (id.isBlank()) {
                problem(p, "validation.required");
                return null;
            }
            if (id.length() > ID_LIMIT) {
                problem(p, "validation.tooLong", id.length(), ID_LIMIT);
                return null;
            }
            List<Violation> v = new ArrayList<>();
            TextRules.checkLine(p, id, v);
            addAll(v);
            return v.isEmpty() ? id.strip() : null;
        }

        Subject subject(JsonNode node, String path) {
            if (node == null) {
                return Subject.empty();
            }
            if (!node.isObject()) {
                problem(path, "applicants.error.type.object");
                return Subject.empty();
            }
            keys(node, path, SUBJECT_KEYS);
            List<NameSpelling> names = new ArrayList<>();
            JsonNode list = node.get("names");
            String namesPath = join(path, "names");
            if (list != null && !list.isArray()) {
                problem(namesPath, "applicants.error.type.array");
            } else if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    String p = namesPath + "[" + i + "]";
                    JsonNode n = list.get(i);
                    if (!n.isObject()) {
                        problem(p, "applicants.error.type.object");
                        continue;
                    }
                    keys(n, p, NAME_KEYS);
                    String name = text(n, "name", p, true);
                    String source = text(n, "source", p, false);
                    if (name != null && name.isBlank()) {
                        problem(join(p, "name"), "validation.required");
                    }
                    List<Violation> v = new ArrayList<>();
                    TextRules.checkLine(join(p, "name"), name, v);
                    TextRules.checkLine(join(p, "source"), source, v);
                    addAll(v);
                    if (name != null && !name.isBlank()) {
                        names.add(new NameSpelling(name.strip(), source == null ? "" : source.strip()));
                    }
                }
            }
            Subject claimed = new Subject(List.of(), strip(text(node, "claimedCountry", path, false)),
                    strip(text(node, "claimedCity", path, false)), strip(text(node, "claimedTimeZone", path, false)),
                    strip(text(node, "claimedNationality", path, false)), strip(text(node, "role", path, false)),
                    strip(text(node, "hiringChannel", path, false)), strip(text(node, "staffingFirm", path, false)));
            // The case rules check the claimed identity; their field names ("subject.role") become paths in the file.
            for (Violation v : CaseDetails.newCase("applicant", claimed).validate()) {
                String field = v.field().substring(v.field().indexOf('.') + 1);
                String p = join(path, field);
                if (!reported.contains(p)) {
                    problem(p, v.messageKey(), v.args().toArray());
                }
            }
            return new Subject(names, claimed.claimedCountry(), claimed.claimedCity(), claimed.claimedTimeZone(),
                    claimed.claimedNationality(), claimed.role(), claimed.hiringChannel(), claimed.staffingFirm());
        }

        List<Applicant.Item> evidence(JsonNode node, String path) {
            if (node == null) {
                return List.of();
            }
            if (!node.isArray()) {
                problem(path, "applicants.error.type.array");
                return List.of();
            }
            List<Applicant.Item> out = new ArrayList<>();
            Map<String, String> firstPath = new HashMap<>();
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                Applicant.Item item = item(node.get(i), p);
                unique(node.get(i), p, firstPath);
                if (item != null) {
                    out.add(item);
                }
            }
            return out;
        }

        Applicant.Item item(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "applicants.error.type.object");
                return null;
            }
            keys(node, path, EVIDENCE_KEYS);
            String id = id(node, path);
            EvidenceKind kind = kind(node, path);
            Instant observedAt = observedAt(node, path);
            String source = text(node, "source", path, true);
            Map<String, String> values = fields(node.get("fields"), join(path, "fields"), kind);
            if (kind == null) {
                return null;
            }
            // A placeholder time lets the field rules run when the time itself is missing or bad (already reported).
            EvidenceDraft draft = new EvidenceDraft(kind, observedAt == null ? Instant.EPOCH : observedAt, source, values);
            for (Violation v : draft.validate()) {
                String p = switch (v.field()) {
                    case "kind", "observedAt", "source" -> join(path, v.field());
                    default -> join(join(path, "fields"), v.field());
                };
                if (!reported.contains(p)) {
                    problem(p, v.messageKey(), v.args().toArray());
                }
            }
            return id == null || observedAt == null ? null : new Applicant.Item(id, draft);
        }

        EvidenceKind kind(JsonNode node, String path) {
            String name = text(node, "kind", path, true);
            if (name == null) {
                return null;
            }
            String p = join(path, "kind");
            List<EvidenceKind> allowed = kinds();
            for (EvidenceKind k : EvidenceKind.values()) {
                if (k.name().equals(name.strip())) {
                    if (allowed.contains(k)) {
                        return k;
                    }
                    problem(p, "applicants.error.fileKind", k.name());
                    return null;
                }
            }
            problem(p, "applicants.error.unknownKind", name,
                    allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }

        Instant observedAt(JsonNode node, String path) {
            String value = text(node, "observedAt", path, true);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                problem(join(path, "observedAt"), "applicants.error.observedAt");
                return null;
            }
        }

        /** The field values as text; numbers are taken for number fields and written as they were in the file. */
        Map<String, String> fields(JsonNode node, String path, EvidenceKind kind) {
            Map<String, String> out = new LinkedHashMap<>();
            if (node == null) {
                problem(path, "validation.required");
                return out;
            }
            if (!node.isObject()) {
                problem(path, "applicants.error.type.object");
                return out;
            }
            if (kind == null) {
                return out; // which fields exist depends on the kind
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = join(path, e.getKey());
                EvidenceField field = kind.field(e.getKey()).orElse(null);
                if (field == null) {
                    problem(p, "applicants.error.unknownField", e.getKey(), kind.name(),
                            kind.fields().stream().map(EvidenceField::key).collect(Collectors.joining(", ")));
                    continue;
                }
                String value = value(field, e.getValue(), p);
                if (value != null) {
                    out.put(field.key(), value);
                }
            }
            return out;
        }

        String value(EvidenceField field, JsonNode v, String path) {
            if (v.isTextual()) {
                return v.textValue();
            }
            if (v.isNumber() && field.type() == FieldType.INTEGER) {
                if (v.canConvertToExactIntegral()) {
                    return v.decimalValue().toBigIntegerExact().toString();
                }
                problem(path, "validation.integer");
                return null;
            }
            if (v.isNumber() && field.type() == FieldType.DECIMAL) {
                return v.decimalValue().toPlainString();
            }
            boolean numeric = field.type() == FieldType.INTEGER || field.type() == FieldType.DECIMAL;
            problem(path, numeric ? "applicants.error.type.textOrNumber" : "applicants.error.type.text");
            return null;
        }

        Map<String, Applicant.Answer> checklist(JsonNode node, String path) {
            Map<String, Applicant.Answer> out = new LinkedHashMap<>();
            if (node == null) {
                return out;
            }
            if (!node.isObject()) {
                problem(path, "applicants.error.type.object");
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = join(path, e.getKey());
                if (!questions.contains(e.getKey())) {
                    problem(p, "applicants.error.notAQuestion", e.getKey(), String.join(", ", questions));
                    continue;
                }
                if (!e.getValue().isObject()) {
                    problem(p, "applicants.error.type.object");
                    continue;
                }
                keys(e.getValue(), p, ANSWER_KEYS);
                String answer = text(e.getValue(), "answer", p, true);
                String comment = strip(text(e.getValue(), "comment", p, false));
                ChecklistAnswer.Answer a = null;
                if (answer != null) {
                    a = Arrays.stream(ChecklistAnswer.Answer.values()).filter(x -> x.name().equals(answer.strip()))
                            .findFirst().orElse(null);
                    if (a == null) {
                        problem(join(p, "answer"), "applicants.error.answer");
                    }
                }
                List<Violation> v = new ArrayList<>();
                if (a == ChecklistAnswer.Answer.YES && comment.isEmpty() && !reported.contains(join(p, "comment"))) {
                    v.add(new Violation(join(p, "comment"), "validation.checklistCommentRequired"));
                }
                TextRules.checkMultiline(join(p, "comment"), comment, TextRules.LONG_TEXT_LIMIT, v);
                addAll(v);
                if (a != null) {
                    out.put(e.getKey(), new Applicant.Answer(a, comment));
                }
            }
            return out;
        }

        /** Text at {@code parent.key}: null (and a problem) when required and missing or when not text. */
        String text(JsonNode parent, String key, String path, boolean required) {
            JsonNode v = parent.get(key);
            String p = join(path, key);
            if (v == null) {
                if (required) {
                    problem(p, "validation.required");
                }
                return null;
            }
            if (!v.isTextual()) {
                problem(p, "applicants.error.type.text");
                return null;
            }
            return v.textValue();
        }

        void keys(JsonNode node, String path, List<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    problem(join(path, k), "applicants.error.unknownProperty", k, String.join(", ", allowed));
                }
            }
        }

        void addAll(List<Violation> violations) {
            for (Violation v : violations) {
                problem(v.field(), v.messageKey(), v.args().toArray());
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
