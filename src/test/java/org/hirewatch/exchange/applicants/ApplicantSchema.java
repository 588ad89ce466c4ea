package org.hirewatch.exchange.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hirewatch.domain.ChecklistAnswer;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.TextRules;
import org.hirewatch.indicators.Catalogue;

/**
 * Builds the JSON Schema of the applicants file from the same definitions the reader uses (its property lists, the
 * evidence kinds and their field specs, the manual indicators of the catalogue, the text limits), so that the
 * published schema cannot drift from the parser. {@code docs/applicants.schema.json} is this output.
 */
final class ApplicantSchema {
    static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** No C0 or C1 control characters (TextRules.checkLine). */
    static final String LINE = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$";
    /** As LINE, but line breaks and tabs are allowed (TextRules.checkMultiline). */
    static final String MULTILINE = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$";
    static final String NOT_BLANK = "\\S";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApplicantSchema() {
    }

    static ObjectNode build(Catalogue catalogue) {
        ResourceBundle labels = ResourceBundle.getBundle("org.hirewatch.i18n.messages", Locale.ENGLISH);
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA_DIALECT);
        root.put("$id", "urn:hirewatch:applicants:" + ApplicantFile.VERSION);
        root.put("title", "HireWatch applicants file, version " + ApplicantFile.VERSION);
        root.put("description", "Applicants with the identity they claim, their evidence and checklist answers, for"
                + " hirewatch check --input. See docs/applicants-format.md. Besides this schema, HireWatch checks:"
                + " ids unique (applicants in the file, evidence items in their applicant); dates and times that exist"
                + " in the calendar and observedAt not more than a day in the future; claimedTimeZone a known zone;"
                + " email, phone (7 to 15 digits), IP address and web address syntax in detail.");
        root.put("type", "object");
        root.set("required", strings(ApplicantFileReader.ROOT_KEYS));
        root.put("additionalProperties", false);
        ObjectNode props = root.putObject("properties");
        props.putObject("format").put("const", ApplicantFile.FORMAT);
        props.putObject("version").put("const", ApplicantFile.VERSION);
        ObjectNode applicants = props.putObject("applicants");
        applicants.put("type", "array").put("minItems", 1);
        applicants.putObject("items").put("$ref", "#/$defs/applicant");

        ObjectNode defs = root.putObject("$defs");
        ObjectNode id = defs.putObject("id");
        id.put("description", "The producer's id; findings cite evidence by it.");
        id.put("type", "string").put("maxLength", ApplicantFileReader.ID_LIMIT).put("pattern", LINE);
        id.putArray("allOf").addObject().put("pattern", NOT_BLANK);
        defs.putObject("line").put("type", "string").put("maxLength", TextRules.LINE_LIMIT).put("pattern", LINE);
        ObjectNode nonBlankLine = defs.putObject("nonBlankLine");
        nonBlankLine.put("$ref", "#/$defs/line");
        nonBlankLine.put("pattern", NOT_BLANK);
        defs.putObject("multiline").put("type", "string").put("maxLength", TextRules.LONG_TEXT_LIMIT)
                .put("pattern", MULTILINE);

        ObjectNode applicant = object(defs.putObject("applicant"), ApplicantFileReader.APPLICANT_KEYS, List.of("id"));
        ObjectNode ap = (ObjectNode) applicant.get("properties");
        ap.putObject("id").put("$ref", "#/$defs/id");
        ap.putObject("subject").put("$ref", "#/$defs/subject");
        ObjectNode evidenceList = ap.putObject("evidence");
        evidenceList.put("type", "array");
        evidenceList.putObject("items").put("$ref", "#/$defs/evidence");
        ap.putObject("checklist").put("$ref", "#/$defs/checklist");

        ObjectNode subject = object(defs.putObject("subject"), ApplicantFileReader.SUBJECT_KEYS, List.of());
        ObjectNode sp = (ObjectNode) subject.get("properties");
        ObjectNode names = sp.putObject("names");
        names.put("type", "array");
        names.putObject("items").put("$ref", "#/$defs/name");
        for (String k : ApplicantFileReader.SUBJECT_KEYS.subList(1, ApplicantFileReader.SUBJECT_KEYS.size())) {
            sp.putObject(k).put("$ref", "#/$defs/line");
        }
        ObjectNode name = object(defs.putObject("name"), ApplicantFileReader.NAME_KEYS, List.of("name"));
        ((ObjectNode) name.get("properties")).putObject("name").put("$ref", "#/$defs/nonBlankLine");
        ((ObjectNode) name.get("properties")).putObject("source").put("$ref", "#/$defs/line");

        ObjectNode evidence = object(defs.putObject("evidence"), ApplicantFileReader.EVIDENCE_KEYS,
                ApplicantFileReader.EVIDENCE_KEYS);
        ObjectNode ep = (ObjectNode) evidence.get("properties");
        ep.putObject("id").put("$ref", "#/$defs/id");
        ArrayNode kinds = ep.putObject("kind").putArray("enum");
        ApplicantFileReader.kinds().forEach(k -> kinds.add(k.name()));
        ObjectNode observed = ep.putObject("observedAt");
        observed.put("description", "When it was observed: date, time and offset, such as 2026-03-01T10:00:00Z.");
        observed.put("type", "string").put("format", "date-time").put("pattern",
                "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2})$");
        ObjectNode source = ep.putObject("source");
        source.put("description", "Where the evidence comes from, such as CV, video call or sign-in log.");
        source.put("$ref", "#/$defs/nonBlankLine");
        ep.putObject("fields").put("type", "object");
        ArrayNode byKind = evidence.putArray("allOf");
        for (EvidenceKind k : ApplicantFileReader.kinds()) {
            ObjectNode rule = byKind.addObject();
            ObjectNode cond = rule.putObject("if");
            cond.putObject("properties").putObject("kind").put("const", k.name());
            cond.putArray("required").add("kind");
            rule.putObject("then").putObject("properties").putObject("fields").put("$ref", "#/$defs/fields." + k.name());
            defs.set("fields." + k.name(), fields(k, labels));
        }

        ObjectNode checklist = defs.putObject("checklist");
        checklist.put("description", "Answers to the questions of the manual indicators, by indicator id.");
        checklist.put("type", "object");
        ArrayNode questions = checklist.putObject("propertyNames").putArray("enum");
        ApplicantFileReader.questionIds(catalogue).forEach(questions::add);
        checklist.putObject("additionalProperties").put("$ref", "#/$defs/answer");
        ObjectNode answer = object(defs.putObject("answer"), ApplicantFileReader.ANSWER_KEYS, List.of("answer"));
        ArrayNode answers = ((ObjectNode) answer.get("properties")).putObject("answer").putArray("enum");
        for (ChecklistAnswer.Answer a : ChecklistAnswer.Answer.values()) {
            answers.add(a.name());
        }
        ((ObjectNode) answer.get("properties")).putObject("comment").put("$ref", "#/$defs/multiline");
        answer.putObject("if").putObject("properties").putObject("answer").put("const", ChecklistAnswer.Answer.YES.name());
        ObjectNode then = answer.putObject("then");
        then.putArray("required").add("comment");
        then.putObject("properties").putObject("comment").put("pattern", NOT_BLANK);
        return root;
    }

    private static ObjectNode object(ObjectNode node, List<String> keys, List<String> required) {
        node.put("type", "object");
        if (!required.isEmpty()) {
            node.set("required", strings(required));
        }
        node.put("additionalProperties", false);
        node.putObject("properties");
        return node;
    }

    private static ObjectNode fields(EvidenceKind kind, ResourceBundle labels) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "object");
        List<String> required = kind.fields().stream().filter(EvidenceField::required).map(EvidenceField::key).toList();
        if (!required.isEmpty()) {
            node.set("required", strings(required));
        }
        node.put("additionalProperties", false);
        ObjectNode props = node.putObject("properties");
        for (EvidenceField f : kind.fields()) {
            ObjectNode p = props.putObject(f.key());
            p.put("title", labels.getString(f.labelKey()));
            type(f, p);
            if (f.required() && !p.has("enum")) {
                p.putArray("allOf").addObject().put("pattern", NOT_BLANK); // blank counts as missing
            }
        }
        if (!kind.atLeastOneOf().isEmpty()) {
            ArrayNode any = node.putArray("anyOf");
            kind.atLeastOneOf().forEach(k -> any.addObject().putArray("required").add(k));
        }
        return node;
    }

    private static void type(EvidenceField f, ObjectNode p) {
        switch (f.type()) {
            case TEXT -> p.put("$ref", "#/$defs/line");
            case HASHED -> p.put("$ref", "#/$defs/line").put("description",
                    "Stored only as a SHA-256 hash and its last four characters.");
            case MULTILINE -> p.put("$ref", "#/$defs/multiline");
            case EMAIL -> p.put("type", "string").put("format", "email").put("pattern", "^\\s*[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,63}\\s*$");
            case PHONE -> p.put("description", "International format with country code, such as +1 555 0142.")
                    .put("type", "string").put("pattern", "^\\s*\\+[0-9 ().-]+\\s*$");
            case IP -> p.put("description", "An IPv4 or IPv6 address.")
                    .put("type", "string").put("pattern", "^\\s*([0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)\\s*$");
            case URL -> p.put("type", "string").put("format", "uri").put("pattern", "^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+\\S*\\s*$");
            case DATE -> p.put("description", "YYYY-MM-DD").put("type", "string").put("format", "date")
                    .put("pattern", "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$");
            case DATE_TIME -> p.put("description", "YYYY-MM-DD HH:MM or YYYY-MM-DD, local time")
                    .put("type", "string").put("pattern", "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}([ Tt][0-9]{2}:[0-9]{2})?\\s*$");
            case INTEGER -> {
                p.set("type", strings(List.of("integer", "string")));
                p.put("pattern", "^\\s*[+-]?[0-9]+\\s*$");
            }
            case DECIMAL -> {
                p.set("type", strings(List.of("number", "string")));
                p.put("pattern", "^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$");
            }
            case CHOICE, YES_NO -> {
                ArrayNode e = p.putArray("enum");
                f.choices().forEach(e::add);
            }
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    static JsonNode read(java.nio.file.Path file) throws java.io.IOException {
        return JSON.readTree(file.toFile());
    }
}
