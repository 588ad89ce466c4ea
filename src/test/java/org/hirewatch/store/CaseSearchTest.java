package org.hirewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseFile;
import org.hirewatch.domain.CaseQuery;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.CaseSummary;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.NoteTarget;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The case list: free text over reference, title, names, identifiers and notes; filters by status, tag, assignee. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchTest {
    Workspace ws;
    UUID alpha;
    UUID bravo;
    UUID charlie;
    UUID percent;
    UUID noPercent;
    UUID underscore;
    UUID noUnderscore;
    UUID bang;
    UUID quote;
    UUID doubleQuote;
    UUID backslash;

    @BeforeAll
    void fill(@TempDir Path dir) {
        ws = StoreFixtures.create(dir.resolve("ws"));
        alpha = make("Backend contractor", CaseStatus.NEW, "sam", List.of("payroll"),
                new NameSpelling("Jonathan Doe", "CV"), new NameSpelling("Jon Doh", "LinkedIn"), new NameSpelling("Ivan Petrov", "Payroll"));
        bravo = make("Frontend applicant", CaseStatus.IN_REVIEW, "alex", List.of("payroll", "laptop-farm"),
                new NameSpelling("Mary Major", "CV"));
        charlie = make("QA tester", CaseStatus.ESCALATED, "alex", List.of("laptop-farm"), new NameSpelling("Li Wei", "CV"));
        ws.evidence().add(alpha, new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, EvidenceSamples.OBSERVED, "CV",
                Map.of("email", "Quasar.Applicant77@Mail-Example.test", "phone", "+1 (202) 555-0143")), List.of());
        ws.evidence().add(bravo, new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, EvidenceSamples.OBSERVED, "IdP",
                Map.of("ipAddress", "198.51.100.23", "device", "Laptop SN-ZX81")), List.of());
        ws.evidence().add(bravo, new EvidenceDraft(EvidenceKind.PAYMENT_PAYOUT, EvidenceSamples.OBSERVED, "payroll",
                Map.of("payoutMethod", "crypto", "walletAddress", "bc1qWalletXyz")), List.of());
        ws.notes().addToCase(charlie, "Interviewer heard a second voice prompting answers.");
        var ev = ws.evidence().add(charlie, new EvidenceDraft(EvidenceKind.ONLINE_PROFILE, EvidenceSamples.OBSERVED, "web",
                Map.of("platform", "github")), List.of());
        ws.notes().add(charlie, NoteTarget.EVIDENCE, ev.id(), "Repository history starts the week of applying.");

        percent = make("Remote 100% of the time", CaseStatus.NEW, "", List.of());
        noPercent = make("Remote 1000 days", CaseStatus.NEW, "", List.of());
        underscore = make("Handle snake_case_dev", CaseStatus.NEW, "", List.of());
        noUnderscore = make("Handle snakeXcaseXdev", CaseStatus.NEW, "", List.of());
        bang = make("Urgent! check", CaseStatus.NEW, "", List.of());
        quote = make("Applicant O'Brien", CaseStatus.NEW, "", List.of());
        doubleQuote = make("The \"consultant\" firm", CaseStatus.NEW, "", List.of());
        backslash = make("Path C:\\Users\\x", CaseStatus.NEW, "", List.of());
    }

    @AfterAll
    void close() {
        ws.close();
    }

    private UUID make(String title, CaseStatus status, String assignee, List<String> tags, NameSpelling... names) {
        CaseFile c = ws.cases().create(new CaseDetails(title, CaseStatus.NEW, Decision.UNDECIDED, "", Priority.NORMAL,
                assignee, tags, null, false, new Subject(List.of(names), "", "", "", "", "", "", "")));
        if (status != CaseStatus.NEW) {
            CaseDetails d = c.details();
            c = ws.cases().update(c.id(), 1, new CaseDetails(d.title(), status, d.decision(), d.decisionRationale(),
                    d.priority(), d.assignee(), d.tags(), d.retentionDate(), d.legalHold(), d.subject()));
        }
        return c.id();
    }

    private List<UUID> text(String t) {
        return ws.cases().list(CaseQuery.all().withText(t)).stream().map(CaseSummary::id).toList();
    }

    @Test
    void findsByReference() {
        String ref = ws.cases().get(bravo).reference();
        assertThat(text(ref)).containsExactly(bravo);
        assertThat(text(ref.toLowerCase())).containsExactly(bravo);
    }

    @Test
    void findsByTitleIgnoringCase() {
        assertThat(text("frontend")).containsExactly(bravo);
        assertThat(text("  BACKEND contr ")).containsExactly(alpha);
    }

    @Test
    void findsByAnyNameSpelling() {
        assertThat(text("Jonathan")).containsExactly(alpha);
        assertThat(text("jon doh")).containsExactly(alpha);
        assertThat(text("Petrov")).containsExactly(alpha);
        assertThat(text("li wei")).containsExactly(charlie);
    }

    @Test
    void findsByIdentifiers() {
        assertThat(text("quasar.applicant77@")).containsExactly(alpha);
        assertThat(text("mail-example.test")).containsExactly(alpha);
        assertThat(text("555-0143")).containsExactly(alpha);
        assertThat(text("+12025550143")).containsExactly(alpha);
        assertThat(text("198.51.100.23")).containsExactly(bravo);
        assertThat(text("sn-zx81")).containsExactly(bravo);
        assertThat(text("bc1qwallet")).containsExactly(bravo);
    }

    @Test
    void findsByNoteTextOnTheCaseOrOnEvidence() {
        assertThat(text("second voice")).containsExactly(charlie);
        assertThat(text("week of applying")).containsExactly(charlie);
    }

    @Test
    void likeWildcardsAndQuotesAreLiteral() {
        assertThat(text("%")).containsExactly(percent);
        assertThat(text("100%")).containsExactly(percent);
        assertThat(text("0% of")).containsExactly(percent);
        assertThat(text("_")).containsExactly(underscore);
        assertThat(text("snake_case")).containsExactly(underscore);
        assertThat(text("!")).containsExactly(bang);
        assertThat(text("!%")).isEmpty();
        assertThat(text("o'brien")).containsExactly(quote);
        assertThat(text("'")).containsExactly(quote);
        assertThat(text("\"consultant\"")).containsExactly(doubleQuote);
        assertThat(text("\\users\\")).containsExactly(backslash);
        assertThat(text("' OR '1'='1")).isEmpty();
        assertThat(text("nothing matches this")).isEmpty();
    }

    @Test
    void filtersByStatusTagAndAssignee() {
        assertThat(ws.cases().list(new CaseQuery("", CaseStatus.IN_REVIEW, "", "", 0))).extracting(CaseSummary::id)
                .containsExactly(bravo);
        assertThat(ws.cases().list(new CaseQuery("", CaseStatus.ESCALATED, "", "", 0))).extracting(CaseSummary::id)
                .containsExactly(charlie);
        assertThat(ws.cases().list(new CaseQuery("", CaseStatus.CLOSED, "", "", 0))).isEmpty();
        assertThat(ws.cases().list(new CaseQuery("", null, "laptop-farm", "", 0))).extracting(CaseSummary::id)
                .containsExactlyInAnyOrder(bravo, charlie);
        assertThat(ws.cases().list(new CaseQuery("", null, "laptop", "", 0))).isEmpty(); // tags match whole
        assertThat(ws.cases().list(new CaseQuery("", null, "", "alex", 0))).extracting(CaseSummary::id)
                .containsExactlyInAnyOrder(bravo, charlie);
        assertThat(ws.cases().list(new CaseQuery("", null, "payroll", "alex", 0))).extracting(CaseSummary::id)
                .containsExactly(bravo);
        assertThat(ws.cases().list(new CaseQuery("wei", null, "laptop-farm", "alex", 0))).extracting(CaseSummary::id)
                .containsExactly(charlie);
        assertThat(ws.cases().list(new CaseQuery("wei", CaseStatus.NEW, "", "", 0))).isEmpty();
        assertThat(ws.cases().list(new CaseQuery("", CaseStatus.NEW, "", "", 0))).hasSize(9);
    }

    @Test
    void largeAndSmallResultsAreCompletedTheSameWay() {
        List<CaseQuery> queries = List.of(CaseQuery.all(), CaseQuery.all().withText("a"), CaseQuery.all().withText("wei"),
                new CaseQuery("", null, "payroll", "", 0), new CaseQuery("", CaseStatus.NEW, "", "", 0),
                new CaseQuery("", null, "", "alex", 2), CaseQuery.all().withText("nothing matches this"));
        int saved = CaseStore.bulkThreshold;
        try {
            for (CaseQuery q : queries) {
                CaseStore.bulkThreshold = 1; // whole-table passes
                List<CaseSummary> bulk = ws.cases().list(q);
                CaseStore.bulkThreshold = Integer.MAX_VALUE; // look-ups by id
                List<CaseSummary> narrow = ws.cases().list(q);
                assertThat(bulk).as(q.toString()).isEqualTo(narrow);
            }
        } finally {
            CaseStore.bulkThreshold = saved;
        }
    }

    @Test
    void listHasEverythingTheRowShowsNewestChangeFirstAndHonoursTheLimit() {
        int saved = CaseStore.bulkThreshold;
        try {
            for (int threshold : new int[] {1, Integer.MAX_VALUE}) {
                CaseStore.bulkThreshold = threshold;
                checkRows();
            }
        } finally {
            CaseStore.bulkThreshold = saved;
        }
    }

    private void checkRows() {
        List<CaseSummary> all = ws.cases().list(CaseQuery.all());
        assertThat(all).hasSize(11);
        assertThat(all).extracting(CaseSummary::updatedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        CaseSummary b = all.stream().filter(s -> s.id().equals(bravo)).findFirst().orElseThrow();
        assertThat(b.title()).isEqualTo("Frontend applicant");
        assertThat(b.subjectName()).isEqualTo("Mary Major");
        assertThat(b.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(b.assignee()).isEqualTo("alex");
        assertThat(b.tags()).containsExactly("laptop-farm", "payroll");
        assertThat(b.evidenceCount()).isEqualTo(2);
        assertThat(b.reference()).isEqualTo(ws.cases().get(bravo).reference());
        assertThat(all.stream().filter(s -> s.id().equals(percent)).findFirst().orElseThrow().subjectName()).isEmpty();
        assertThat(ws.cases().list(new CaseQuery("", null, "", "", 3))).hasSize(3)
                .containsExactlyElementsOf(all.subList(0, 3));
    }
}
