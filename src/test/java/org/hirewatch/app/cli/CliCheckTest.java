package org.hirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hirewatch.app.cli.TestCli.PASS;
import static org.hirewatch.app.cli.TestCli.db;
import static org.hirewatch.app.cli.TestCli.run;
import static org.hirewatch.app.cli.TestCli.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.Severity;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hirewatch check} on a case, on every case and on an applicants file. Findings come from a custom indicator
 * and from checklist answers, so the tests hold whatever built-in rules exist.
 */
class CliCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("docs/examples/applicants-example.json");
    private static final String CATALOGUE_VERSION = Catalogue.builtIn().version();

    @TempDir
    static Path tmp;
    static Path ws;
    static String voip;
    static String quiet;
    static UUID voipEvidence;

    @BeforeAll
    static void init() {
        ws = tmp.resolve("workspace");
        assertThat(run(db(ws, "init")).code()).isZero();
        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            new CheckService(w, Catalogue.builtIn(), org.hirewatch.indicators.CheckEngine.withBuiltInRules())
                    .saveCustom(new CustomIndicator(null, "VoIP number given", "COM", Severity.MEDIUM, 6,
                            EvidenceKind.CONTACT_CHANNEL, List.of(new CustomIndicator.Condition("lineType",
                            CustomIndicator.Operator.EQUALS, "voip")), true, 0));
        }
        voip = addCase("VoIP applicant", "--name", "CV=Dana Example");
        quiet = addCase("Quiet applicant", "--name", "CV=Robin Sample");
        TestCli.Result ev = run(db(ws, "evidence", "add", "--case", voip, "--kind", "contact_channel", "--source", "CV",
                "--field", "email=dana.example@example.com", "--field", "lineType=voip"));
        assertThat(ev.code()).as(ev.err()).isZero();
        voipEvidence = UUID.fromString(ev.line());
    }

    private static String addCase(String title, String... more) {
        List<String> args = new ArrayList<>(List.of("case", "add", "--title", title));
        args.addAll(List.of(more));
        TestCli.Result r = run(db(ws, args.toArray(String[]::new)));
        assertThat(r.code()).as(r.err()).isZero();
        return r.line();
    }

    private static JsonNode json(TestCli.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("catalogueVersion").asText()).isEqualTo(CATALOGUE_VERSION);
        assertThat(root.get("notice").asText()).isEqualTo(text("cli.check.notice"));
        return root.get("results");
    }

    private static JsonNode finding(JsonNode result, String indicator) {
        for (JsonNode f : result.get("findings")) {
            if (f.get("indicator").asText().equals(indicator)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void oneCaseAsJsonHasFindingsRiskAndCoverageAndIsSaved() throws Exception {
        JsonNode results = json(run(db(ws, "check", "--case", voip.toLowerCase())));
        assertThat(results).hasSize(1);
        JsonNode r = results.get(0);
        assertThat(r.get("reference").asText()).isEqualTo(voip);
        assertThat(r.get("subject").asText()).isEqualTo("Dana Example");
        assertThat(r.get("catalogueVersion").asText()).isEqualTo(CATALOGUE_VERSION);
        assertThat(r.get("score").asDouble()).isGreaterThanOrEqualTo(6);
        assertThat(r.get("band").asText()).isIn("elevated", "high", "critical");
        JsonNode coverage = r.get("coverage");
        assertThat(coverage.get("applicable").asInt()).isGreaterThanOrEqualTo(61); // the catalogue and the custom one
        assertThat(coverage.get("evaluated").asInt()).isPositive();
        assertThat(coverage.get("percent").asInt())
                .isEqualTo(Math.round(100f * coverage.get("evaluated").asInt() / coverage.get("applicable").asInt()));
        JsonNode notEvaluated = coverage.get("notEvaluated");
        assertThat(notEvaluated.size()).isEqualTo(coverage.get("applicable").asInt() - coverage.get("evaluated").asInt());
        JsonNode checklist = find(notEvaluated, "INT-07");
        assertThat(checklist.get("missing").get(0).get("kind").asText()).isEqualTo("CHECKLIST");
        assertThat(checklist.get("missing").get(0).get("field").asText()).isEqualTo("INT-07");

        JsonNode f = finding(r, "CUS-01");
        assertThat(f).isNotNull();
        assertThat(f.get("title").asText()).isEqualTo("VoIP number given");
        assertThat(f.get("severity").asText()).isEqualTo("medium");
        assertThat(f.get("mode").asText()).isEqualTo("automatic");
        assertThat(f.get("state").asText()).isEqualTo("open");
        assertThat(f.get("messageKey").asText()).isEqualTo("finding.custom.match");
        assertThat(f.get("explanation").asText()).startsWith("Custom indicator \"VoIP number given\" matched: ")
                .contains("dana.example@example.com");
        assertThat(f.get("args").get(0).asText()).isEqualTo("VoIP number given");
        assertThat(f.get("evidence")).extracting(JsonNode::asText).containsExactly(voipEvidence.toString());
        assertThat(f.get("catalogueVersion").asText()).isEqualTo(CATALOGUE_VERSION);

        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            UUID id = w.cases().findByReference(voip).orElseThrow().id();
            assertThat(w.checks().findings(id)).extracting(Finding::indicatorId).contains("CUS-01");
            assertThat(w.checks().assessment(id)).isPresent();
        }
    }

    @Test
    void aDismissedFindingStaysDismissedWhenTheCheckRunsAgain() throws Exception {
        String ref = addCase("Reviewed applicant");
        assertThat(run(db(ws, "evidence", "add", "--case", ref, "--kind", "contact_channel", "--source", "CV",
                "--field", "phone=+1 555 0142", "--field", "lineType=voip")).code()).isZero();
        JsonNode first = json(run(db(ws, "check", "--case", ref))).get(0);
        assertThat(finding(first, "CUS-01").get("state").asText()).isEqualTo("open");
        int openBefore = first.get("openFindings").asInt(); // built-in rules (COM-04: VoIP line) fire too
        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            CheckService checks = CheckService.attach(w);
            UUID id = w.cases().findByReference(ref).orElseThrow().id();
            Finding f = w.checks().findings(id).stream().filter(x -> x.indicatorId().equals("CUS-01")).findFirst()
                    .orElseThrow();
            checks.review(f, FindingState.DISMISSED, "The number is a known office line.");
        }
        JsonNode again = json(run(db(ws, "check", "--case", ref))).get(0);
        assertThat(finding(again, "CUS-01").get("state").asText()).isEqualTo("dismissed");
        assertThat(again.get("openFindings").asInt()).isEqualTo(openBefore - 1);
    }

    @Test
    void oneCaseAsTextIsATableWithRiskCoverageAndTheNotice() {
        TestCli.Result r = run(db(ws, "check", "--case", voip, "--format", "text"));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(voip + "  Dana Example");
        assertThat(lines.get(1)).startsWith("Risk: ").contains("Coverage: ");
        String heading = lines.stream().filter(l -> l.startsWith("Indicator")).findFirst().orElseThrow();
        assertThat(heading).contains("Severity", "State", "Finding");
        String row = lines.stream().filter(l -> l.startsWith("CUS-01")).findFirst().orElseThrow();
        assertThat(row).contains("Medium", "Open", "VoIP number given");
        assertThat(row.indexOf("Medium")).isEqualTo(heading.indexOf("Severity"));
        assertThat(row.indexOf("VoIP number given")).isEqualTo(heading.indexOf("Finding"));
        String explanation = lines.get(lines.indexOf(row) + 1);
        assertThat(explanation.indexOf("Custom indicator")).isEqualTo(heading.indexOf("Finding"));
        assertThat(unwrapped(r.out())).contains("Evidence: " + voipEvidence).contains("To evaluate more, collect: ")
                .contains("not evaluated for lack of evidence").contains("nationality")
                .contains("the decision is the investigator's.");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void allCasesAreCheckedSavedAndPrintedByReference() throws Exception {
        TestCli.Result r = run(db(ws, "check", "--all"));
        JsonNode results = json(r);
        assertThat(r.err()).as("no progress for a few cases").isEmpty();
        List<String> refs = new ArrayList<>();
        results.forEach(n -> refs.add(n.get("reference").asText()));
        assertThat(refs).contains(voip, quiet).isSorted();
        JsonNode q = results.get(refs.indexOf(quiet));
        assertThat(q.get("findings")).isEmpty();
        assertThat(q.get("band").asText()).isEqualTo("inconclusive");
        assertThat(finding(results.get(refs.indexOf(voip)), "CUS-01")).isNotNull();

        TestCli.Result textRun = run(db(ws, "check", "--all", "--format", "text"));
        assertThat(textRun.code()).as(textRun.err()).isZero();
        assertThat(textRun.out()).contains(voip + "  Dana Example", quiet + "  Robin Sample", "No findings.");
        try (Workspace w = Workspace.open(ws, PASS.toCharArray(), "test")) {
            assertThat(w.checks().casesNeedingCheck(CATALOGUE_VERSION)).isEmpty();
        }
    }

    @Test
    void anUnknownCaseIsInvalidInputAndTheTargetIsExactlyOne() {
        TestCli.Result unknown = run(db(ws, "check", "--case", "HW-1999-9999"));
        assertThat(unknown.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err().strip()).isEqualTo(text("cli.error.caseNotFound", "HW-1999-9999"));
        assertThat(unknown.out()).isEmpty();
        assertThat(run(db(ws, "check")).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(db(ws, "check", "--all", "--case", voip)).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(db(ws, "check", "--all", "--input", EXAMPLE.toString())).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(db(ws, "check", "--all", "--format", "csv")).code()).isEqualTo(ExitCodes.USAGE);
    }

    // ---- applicants files ----

    @Test
    void theExampleFileIsCheckedWithoutAWorkspace() throws Exception {
        Path nowhere = tmp.resolve("no-workspace-here");
        JsonNode results = json(run(db(nowhere, "check", "--input", EXAMPLE.toString())));
        assertThat(nowhere).doesNotExist();
        assertThat(results).extracting(n -> n.get("applicant").asText()).containsExactly("A-001", "A-002", "A-003");
        JsonNode dana = results.get(0);
        assertThat(dana.get("subject").asText()).isEqualTo("Dana Example");
        JsonNode answered = finding(dana, "INT-07");
        assertThat(answered.get("mode").asText()).isEqualTo("manual");
        assertThat(answered.get("state").asText()).isEqualTo("open");
        assertThat(answered.get("title").asText()).isEqualTo(text("indicator.INT-07.title"));
        assertThat(answered.get("explanation").asText())
                .isEqualTo(text("finding.checklist.yes", "Could not name a single neighbourhood or shop near the claimed home address."));
        assertThat(dana.get("score").asDouble()).isPositive();
        assertThat(finding(results.get(1), "INT-07")).as("answered no").isNull();
        assertThat(find(results.get(1).get("coverage").get("notEvaluated"), "INT-07")).isNull();
        assertThat(find(results.get(2).get("coverage").get("notEvaluated"), "INT-07")).isNotNull();
        for (JsonNode r : results) {
            for (JsonNode f : r.get("findings")) {
                // Findings cite the file's own ids: e1, doc-1, or "A-003/e2" for another applicant's item.
                f.get("evidence").forEach(e -> assertThat(e.asText()).matches("(A-00[123]/)?[a-z]+-?[0-9]+"));
            }
        }
    }

    @Test
    void aFileCanComeFromStandardInputAndPrintAsText() throws Exception {
        TestCli.Result r = TestCli.withStdin(Files.readString(EXAMPLE), "check", "--input", "-", "--format", "text");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(unwrapped(r.out())).contains("A-001  Dana Example", "A-002  Robin Sample", "A-003  Jordan Placeholder",
                text("indicator.INT-07.title"), "the decision is the investigator's.");
    }

    private static TestCli.Result checkFile(String content) throws Exception {
        Path file = Files.createTempFile(tmp, "applicants", ".json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Path nowhere = tmp.resolve("never-" + UUID.randomUUID());
        TestCli.Result r = run(db(nowhere, "check", "--input", file.toString()));
        assertThat(nowhere).doesNotExist();
        assertThat(r.out()).as("nothing is printed for a refused file").isEmpty();
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        return r;
    }

    private static String file(String applicants) {
        return "{\"format\": \"hirewatch-applicants\", \"version\": 1, \"applicants\": [" + applicants + "]}";
    }

    private static String applicant(String id, String evidence) {
        return "{\"id\": \"" + id + "\", \"subject\": {\"names\": [{\"name\": \"Dana Example\"}]}, \"evidence\": ["
                + evidence + "]}";
    }

    private static String item(String kind, String fields) {
        return "{\"id\": \"e1\", \"kind\": \"" + kind + "\", \"observedAt\": \"2026-03-01T10:00:00Z\", \"source\": \"CV\","
                + " \"fields\": {" + fields + "}}";
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() throws Exception {
        TestCli.Result r = checkFile("{\"format\": \"hirewatch-applicants\",\n \"version\": 1,\n \"applicants\": [}");
        List<String> err = r.err().lines().toList();
        assertThat(err.get(0)).endsWith(": " + text("applicants.error.notJson", 3, 17));
        assertThat(err.get(1)).contains(text("cli.check.input.refused", "x", 1).substring(15));
    }

    @Test
    void anUnknownKindIsNamedWithItsRecordAndField() throws Exception {
        TestCli.Result r = checkFile(file(applicant("A-001", item("CONTACT_CHANNEL", "\"email\": \"a@example.com\"")) + ", "
                + applicant("A-002", item("HOROSCOPE", "\"sign\": \"Leo\""))));
        assertThat(r.err()).startsWith("applicants[1].evidence[0].kind (applicant A-002): Unknown evidence kind HOROSCOPE.")
                .contains("CONTACT_CHANNEL").doesNotContain("FILE_ATTACHMENT,");
    }

    @Test
    void aBadEmailIsNamedWithItsRecordAndField() throws Exception {
        TestCli.Result r = checkFile(file(applicant("A-001", item("CONTACT_CHANNEL", "\"email\": \"a@example.com\"")) + ", "
                + applicant("A-002", "") + ", "
                + applicant("A-003", item("CONTACT_CHANNEL", "\"email\": \"dana(at)example.com\""))));
        assertThat(r.err().lines().findFirst().orElseThrow())
                .isEqualTo("applicants[2].evidence[0].fields.email (applicant A-003): " + text("validation.email"));
    }

    @Test
    void missingRequiredValuesAreEachNamed() throws Exception {
        String noSource = "{\"id\": \"e2\", \"kind\": \"SIGN_IN_RECORD\", \"observedAt\": \"2026-03-01T10:00:00Z\","
                + " \"fields\": {\"ipAddress\": \"192.0.2.7\"}}";
        TestCli.Result r = checkFile(file(applicant("A-001", item("IDENTITY_DOCUMENT", "\"issuingCountry\": \"Canada\"")
                + ", " + noSource) + ", {\"subject\": {}}"));
        assertThat(r.err()).contains(
                "applicants[0].evidence[0].fields.documentType (applicant A-001): " + text("validation.required"),
                "applicants[0].evidence[1].source (applicant A-001): " + text("validation.required"),
                "applicants[1].id: " + text("validation.required"));
        assertThat(r.err()).contains("(3 problems)");
    }

    @Test
    void anotherVersionOrFormatIsRefusedAtOnce() throws Exception {
        TestCli.Result v2 = checkFile("{\"format\": \"hirewatch-applicants\", \"version\": 2, \"applicants\": []}");
        assertThat(v2.err().lines().findFirst().orElseThrow()).isEqualTo("version: " + text("applicants.error.version", "2", 1));
        TestCli.Result other = checkFile("{\"cases\": []}");
        assertThat(other.err().lines().findFirst().orElseThrow())
                .isEqualTo("format: " + text("applicants.error.format", "hirewatch-applicants"));
    }

    @Test
    void structuralMistakesAreAllListed() throws Exception {
        String items = item("CONTACT_CHANNEL", "\"email\": \"a@example.com\", \"faxNumber\": \"1\"") + ", "
                + "{\"id\": \"e1\", \"kind\": \"FILE_ATTACHMENT\", \"observedAt\": \"2026-03-01\", \"source\": \"x\","
                + " \"fields\": {\"description\": \"cv\"}, \"colour\": \"red\"}, "
                + item("ONLINE_PROFILE", "\"platform\": \"github\", \"followers\": 1.5, \"handle\": 7");
        String applicant = "{\"id\": \"A-001\", \"subject\": {\"names\": [{\"name\": \"\"}], \"claimedTimeZone\": \"Mars/Base\"},"
                + " \"evidence\": [" + items + "], \"checklist\": {\"IDN-01\": {\"answer\": \"YES\"},"
                + " \"INT-07\": {\"answer\": \"YES\"}, \"WRK-02\": {\"answer\": \"maybe\"}}}";
        TestCli.Result r = checkFile(file(applicant + ", " + applicant("A-001", "")));
        String p = "applicants[0].";
        String who = " (applicant A-001): ";
        assertThat(r.err()).contains(
                p + "subject.names[0].name" + who + text("validation.required"),
                p + "subject.claimedTimeZone" + who + text("validation.timeZone"),
                p + "evidence[0].fields.faxNumber" + who + "Unknown field faxNumber for kind CONTACT_CHANNEL.",
                p + "evidence[1].colour" + who + "Unknown property colour.",
                p + "evidence[1].id" + who + text("applicants.error.duplicateId", "e1", "applicants[0].evidence[0]"),
                p + "evidence[1].kind" + who + text("applicants.error.fileKind", "FILE_ATTACHMENT"),
                p + "evidence[1].observedAt" + who + text("applicants.error.observedAt"),
                p + "evidence[2].fields.followers" + who + text("validation.integer"),
                p + "evidence[2].fields.handle" + who + text("applicants.error.type.text"),
                p + "checklist.IDN-01" + who + "There is no checklist question IDN-01.",
                p + "checklist.INT-07.comment" + who + text("validation.checklistCommentRequired"),
                p + "checklist.WRK-02.answer" + who + text("applicants.error.answer"),
                "applicants[1].id (applicant A-001): " + text("applicants.error.duplicateId", "A-001", "applicants[0]"));
    }

    @Test
    void anUnreadableFileIsInvalidInput() {
        TestCli.Result r = run("check", "--input", tmp.resolve("missing.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).isEqualTo(text("cli.check.inputUnreadable", tmp.resolve("missing.json")));
    }

    /** Text output with its wrapped lines joined again. */
    private static String unwrapped(String out) {
        return out.replaceAll("\n +", " ").replace("\n", " ");
    }

    private static JsonNode find(JsonNode list, String indicator) {
        for (JsonNode n : list) {
            if (n.get("indicator").asText().equals(indicator)) {
                return n;
            }
        }
        return null;
    }
}
