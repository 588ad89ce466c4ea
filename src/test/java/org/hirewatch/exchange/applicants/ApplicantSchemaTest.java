package org.hirewatch.exchange.applicants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hirewatch.domain.EvidenceField;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldType;
import org.hirewatch.indicators.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema is what the reader accepts: generated from the same definitions, it validates the example,
 * names every evidence field with its choices, and agrees with the reader on good and bad files. Regenerate it with
 * {@code -Dapplicants.schema.write=true}.
 */
class ApplicantSchemaTest {
    private static final Path SCHEMA = Path.of("docs/applicants.schema.json");
    private static final Path EXAMPLE = Path.of("docs/examples/applicants-example.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalogue CATALOGUE = Catalogue.builtIn();

    @Test
    void thePublishedSchemaIsTheGeneratedOne() throws Exception {
        ObjectNode generated = ApplicantSchema.build(CATALOGUE);
        if (Boolean.getBoolean("applicants.schema.write")) {
            Files.writeString(SCHEMA, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generated) + "\n");
        }
        assertThat(ApplicantSchema.read(SCHEMA)).as("docs/applicants.schema.json is out of date: run this test with"
                + " -Dapplicants.schema.write=true").isEqualTo(generated);
    }

    @Test
    void theExampleIsValidForTheSchemaAndTheReader() throws Exception {
        JsonNode example = JSON.readTree(EXAMPLE.toFile());
        assertThat(validator().validate(example)).isEmpty();
        ApplicantFile file = read(example);
        assertThat(file.applicants()).extracting(Applicant::id).containsExactly("A-001", "A-002", "A-003");
    }

    @Test
    void everyEvidenceKindAndFieldIsInTheSchemaWithItsChoices() throws Exception {
        JsonNode schema = ApplicantSchema.read(SCHEMA);
        List<String> kinds = new ArrayList<>();
        schema.at("/$defs/evidence/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
        for (EvidenceKind kind : EvidenceKind.values()) {
            if (kind.needsAttachment() || kind.importedOnly()) {
                assertThat(kinds).as("a file carries no attachments and no imported logs").doesNotContain(kind.name());
                continue;
            }
            assertThat(kinds).contains(kind.name());
            JsonNode fields = schema.path("$defs").path("fields." + kind.name());
            List<String> keys = new ArrayList<>();
            fields.path("properties").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(kind.name()).containsExactlyElementsOf(kind.fields().stream().map(EvidenceField::key).toList());
            assertThat(fields.path("additionalProperties").asBoolean(true)).isFalse();
            for (EvidenceField f : kind.fields()) {
                JsonNode p = fields.path("properties").path(f.key());
                if (f.type() == FieldType.CHOICE || f.type() == FieldType.YES_NO) {
                    List<String> choices = new ArrayList<>();
                    p.path("enum").forEach(c -> choices.add(c.asText()));
                    assertThat(choices).as(kind + "." + f.key()).containsExactlyElementsOf(f.choices());
                }
                boolean required = false;
                for (JsonNode r : fields.path("required")) {
                    required |= r.asText().equals(f.key());
                }
                assertThat(required).as(kind + "." + f.key() + " required").isEqualTo(f.required());
            }
        }
        assertThat(kinds).hasSize(EvidenceKind.values().length - 2);
        List<String> questions = new ArrayList<>();
        schema.at("/$defs/checklist/propertyNames/enum").forEach(q -> questions.add(q.asText()));
        assertThat(questions).containsExactlyElementsOf(ApplicantFileReader.questionIds(CATALOGUE)).isNotEmpty();
    }

    record Variant(String name, boolean valid, Consumer<ObjectNode> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Variant> variants() {
        return List.of(
                new Variant("the example", true, f -> { }),
                new Variant("numbers as text", true, f -> fields(f, 1, 0).put("faceMatchScore", "0.93")),
                new Variant("a whole number", true, f -> fields(f, 0, 0).put("careerStartYear", 2014.0)),
                new Variant("no subject, evidence or checklist", true, f -> applicant(f, 2).retain("id")),
                new Variant("version 2", false, f -> f.put("version", 2)),
                new Variant("another format", false, f -> f.put("format", "applicants")),
                new Variant("no applicants", false, f -> f.putArray("applicants")),
                new Variant("an unknown root property", false, f -> f.put("generator", "x")),
                new Variant("an applicant without id", false, f -> applicant(f, 0).remove("id")),
                new Variant("a blank applicant id", false, f -> applicant(f, 0).put("id", " ")),
                new Variant("an unknown kind", false, f -> item(f, 0, 1).put("kind", "HOROSCOPE")),
                new Variant("a file attachment", false, f -> {
                    item(f, 0, 1).put("kind", "FILE_ATTACHMENT");
                    item(f, 0, 1).putObject("fields").put("description", "cv");
                }),
                new Variant("a kind in lower case", false, f -> item(f, 0, 1).put("kind", "contact_channel")),
                new Variant("a missing required field", false, f -> fields(f, 1, 0).remove("documentType")),
                new Variant("a blank required field", false, f -> fields(f, 2, 0).put("referenceName", "  ")),
                new Variant("an unknown field", false, f -> fields(f, 0, 1).put("faxNumber", "1")),
                new Variant("a stored hash suffix", false, f -> fields(f, 1, 0).put("documentNumberLast4", "0001")),
                new Variant("a choice not listed", false, f -> fields(f, 0, 1).put("lineType", "satellite")),
                new Variant("a number for text", false, f -> fields(f, 0, 1).put("carrierCountry", 1)),
                new Variant("a fraction for a whole number", false, f -> fields(f, 2, 2).put("followers", 1.5)),
                new Variant("a word for a number", false, f -> fields(f, 0, 1).put("medianResponseHours", "many")),
                new Variant("no contact at all", false, f -> {
                    fields(f, 2, 0).remove("email");
                    fields(f, 2, 0).remove("phone");
                }),
                new Variant("a time without offset", false, f -> item(f, 0, 0).put("observedAt", "2026-03-01T10:00:00")),
                new Variant("a missing source", false, f -> item(f, 0, 0).remove("source")),
                new Variant("an evidence item without fields", false, f -> item(f, 0, 0).remove("fields")),
                new Variant("a control character", false, f -> fields(f, 0, 1).put("carrier", "bell\u0007")),
                new Variant("a blank name", false, f -> ((ObjectNode) applicant(f, 0).at("/subject/names/0")).put("name", "")),
                new Variant("an unknown subject property", false, f -> ((ObjectNode) applicant(f, 0).get("subject"))
                        .put("age", "30")),
                new Variant("a question that is not a checklist question", false, f -> ((ObjectNode) applicant(f, 0)
                        .get("checklist")).putObject("IDN-01").put("answer", "NO")),
                new Variant("yes without a comment", false, f -> ((ObjectNode) applicant(f, 0).at("/checklist/INT-07"))
                        .remove("comment")),
                new Variant("an answer not listed", false, f -> ((ObjectNode) applicant(f, 0).at("/checklist/INT-07"))
                        .put("answer", "MAYBE")));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void theSchemaAndTheReaderAgree(Variant v) throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(EXAMPLE.toFile());
        v.change().accept(file);
        List<String> schemaErrors = validator().validate(file);
        if (v.valid()) {
            assertThat(schemaErrors).isEmpty();
            assertThatCode(() -> read(file)).doesNotThrowAnyException();
        } else {
            assertThat(schemaErrors).as("the schema refuses it").isNotEmpty();
            ApplicantFileException e = catchThrowableOfType(() -> read(file), ApplicantFileException.class);
            assertThat(e).as("the reader refuses it").isNotNull();
            assertThat(e.problems()).isNotEmpty();
        }
    }

    private static ObjectNode applicant(ObjectNode f, int i) {
        return (ObjectNode) f.get("applicants").get(i);
    }

    private static ObjectNode item(ObjectNode f, int applicant, int item) {
        return (ObjectNode) ((ArrayNode) applicant(f, applicant).get("evidence")).get(item);
    }

    private static ObjectNode fields(ObjectNode f, int applicant, int item) {
        return (ObjectNode) item(f, applicant, item).get("fields");
    }

    private static MiniSchemaValidator validator() throws Exception {
        return new MiniSchemaValidator(ApplicantSchema.read(SCHEMA));
    }

    private static ApplicantFile read(JsonNode file) throws Exception {
        return new ApplicantFileReader(CATALOGUE).read(new ByteArrayInputStream(JSON.writeValueAsBytes(file)));
    }
}
