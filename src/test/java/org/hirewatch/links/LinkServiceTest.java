package org.hirewatch.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.domain.AuditEntry;
import org.hirewatch.domain.CaseDetails;
import org.hirewatch.domain.CaseLink;
import org.hirewatch.domain.CaseStatus;
import org.hirewatch.domain.Decision;
import org.hirewatch.domain.EvidenceDraft;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.LinkSettings;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Priority;
import org.hirewatch.domain.Subject;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.store.KdfParams;
import org.hirewatch.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links on a real encrypted workspace: suggestions by strength, noise control, confirmed links and their audit. */
class LinkServiceTest {
    private static final String PASS = "correct horse battery staple";
    @TempDir
    Path dir;
    private Workspace ws;
    private LinkService links;

    @BeforeEach
    void open() {
        ws = Workspace.create(dir, PASS.toCharArray(), KdfParams.fresh(1000), "tester");
        links = new LinkService(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static CaseDetails details(String name) {
        return new CaseDetails("Case of " + name, CaseStatus.NEW, Decision.UNDECIDED, "", Priority.NORMAL, "", List.of(),
                null, false, new Subject(List.of(new NameSpelling(name, "CV")), "", "", "", "", "", "", ""));
    }

    private UUID newCase(String name, Map<String, String> contact) {
        UUID id = ws.cases().create(details(name)).id();
        if (!contact.isEmpty()) {
            ws.evidence().add(id, new EvidenceDraft(EvidenceKind.CONTACT_CHANNEL, Instant.parse("2026-03-01T10:00:00Z"),
                    "CV", contact), List.of());
        }
        return id;
    }

    private void signIn(UUID caseId, String ip) {
        ws.evidence().add(caseId, new EvidenceDraft(EvidenceKind.SIGN_IN_RECORD, Instant.parse("2026-03-01T10:00:00Z"),
                "Okta", Map.of("ipAddress", ip)), List.of());
    }

    @Test
    void spellingsThatDifferTriviallyLinkExactly() {
        UUID a = newCase("Dana Example", Map.of("email", "Dana.Example+jobs@gmail.com", "phone", "+1 202 555 0143"));
        UUID b = newCase("Robin Sample", Map.of("email", "danaexample@googlemail.com", "phone", "+1 (202) 555-0143"));
        newCase("Kim Other", Map.of("email", "kim@example.org"));

        LinkService.CaseLinks l = links.forCase(a);

        assertThat(l.linkedCases()).containsExactly(b);
        assertThat(l.shared()).extracting(SharedIdentifier::kind, SharedIdentifier::strength)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(IdentifierKind.EMAIL, LinkStrength.EXACT),
                        org.assertj.core.groups.Tuple.tuple(IdentifierKind.PHONE, LinkStrength.EXACT));
        SharedIdentifier email = l.shared().stream().filter(s -> s.kind() == IdentifierKind.EMAIL).findFirst().orElseThrow();
        assertThat(email.mine()).extracting(h -> h.value()).containsExactly("Dana.Example+jobs@gmail.com");
        assertThat(email.theirs()).extracting(h -> h.reference()).hasSize(1);
        assertThat(email.theirs().get(0).evidenceKind()).isEqualTo(EvidenceKind.CONTACT_CHANNEL);
    }

    @Test
    void sameNetworkIsWeakerAndCanBeSwitchedOff() {
        UUID a = newCase("Dana Example", Map.of());
        UUID b = newCase("Robin Sample", Map.of());
        signIn(a, "203.0.113.10");
        signIn(b, "203.0.113.99");

        assertThat(links.forCase(a).shared()).singleElement().satisfies(s -> {
            assertThat(s.strength()).isEqualTo(LinkStrength.SAME_NETWORK);
            assertThat(s.strength().isWeak()).isTrue();
            assertThat(s.value()).isEqualTo("203.0.113.0/24");
        });
        LinkSettings d = links.settings();
        links.saveSettings(new LinkSettings(d.defaultRegion(), false, d.frequencyCap(), d.nameSimilarity(), d.textDistance()));
        assertThat(links.forCase(a).shared()).isEmpty();
    }

    @Test
    void warningListedAndCommonValuesAreShownButDoNotLink() {
        UUID a = newCase("Dana Example", Map.of("email", "hr@firm.example"));
        UUID b = newCase("Robin Sample", Map.of("email", "HR@firm.example"));
        links.addWarning(WarningEntry.WarningList.FIRM, WarningEntry.EMAIL_DOMAIN, "@Firm.Example", "our HR desk");

        LinkService.CaseLinks l = links.forCase(a);
        assertThat(l.shared()).singleElement().extracting(SharedIdentifier::strength).isEqualTo(LinkStrength.WARNING_LISTED);
        assertThat(l.linkedCases()).isEmpty();
        assertThat(links.graph().edges()).isEmpty();

        LinkSettings d = links.settings();
        links.saveSettings(new LinkSettings(d.defaultRegion(), true, 2, d.nameSimilarity(), d.textDistance()));
        UUID x = newCase("One", Map.of("phone", "+1 202 555 0100"));
        newCase("Two", Map.of("phone", "+1 202 555 0100"));
        newCase("Three", Map.of("phone", "+1 202 555 0100"));
        assertThat(links.forCase(x).shared()).singleElement().satisfies(s -> {
            assertThat(s.strength()).isEqualTo(LinkStrength.COMMON);
            assertThat(s.casesHolding()).isEqualTo(3);
        });
        assertThat(links.noise().ignored(IdentifierKind.PHONE, "+12025550100", 3)).isTrue();
        assertThat(b).isNotNull();
    }

    /** forCase reads everything in one self-join and caches settings and warning lists: same answers as before. */
    @Test
    void oneLookUpJoinsUrlsWithHandlesSeesNewWarningsAndCapsCommonValues() {
        UUID a = newCase("Dana Example", Map.of("email", "dana@example.org"));
        ws.evidence().add(a, new EvidenceDraft(EvidenceKind.ONLINE_PROFILE, Instant.parse("2026-03-01T10:00:00Z"), "CV",
                Map.of("platform", "github", "profileUrl", "https://github.com/Dana-Example/")), List.of());
        UUID b = newCase("Robin Sample", Map.of("email", "Dana@Example.org", "messagingHandle", "github.com/dana-example"));
        assertThat(links.forCase(a).shared()).extracting(SharedIdentifier::kind, SharedIdentifier::strength)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(IdentifierKind.EMAIL, LinkStrength.EXACT),
                        org.assertj.core.groups.Tuple.tuple(IdentifierKind.URL, LinkStrength.EXACT));

        WarningEntry firm = links.addWarning(WarningEntry.WarningList.FIRM, "EMAIL", "dana@example.org", "");
        assertThat(links.forCase(a).shared()).filteredOn(s -> s.kind() == IdentifierKind.EMAIL).singleElement()
                .extracting(SharedIdentifier::strength).isEqualTo(LinkStrength.WARNING_LISTED);
        links.removeWarning(firm.id());
        assertThat(links.forCase(a).linkedCases()).containsExactly(b);

        LinkSettings d = links.settings();
        links.saveSettings(new LinkSettings(d.defaultRegion(), true, 2, d.nameSimilarity(), d.textDistance()));
        for (int i = 0; i < 14; i++) {
            signIn(newCase("Busy " + i, Map.of()), "198.51.100.7");
        }
        signIn(a, "198.51.100.7");
        SharedIdentifier busy = links.forCase(a).shared().stream().filter(s -> s.kind() == IdentifierKind.IP
                && s.strength() == LinkStrength.COMMON && s.value().equals("198.51.100.7")).findFirst().orElseThrow();
        // 15 cases hold it; the look-up reads (cap + 1) * 4 rows, counts them all and lists cap + 1 other cases
        assertThat(busy.casesHolding()).isEqualTo(13);
        assertThat(busy.otherCases()).hasSize(3);
    }

    @Test
    void aSharedWebmailAddressStillLinks() {
        UUID a = newCase("Dana Example", Map.of("email", "dana@gmail.com"));
        UUID b = newCase("Robin Sample", Map.of("email", "dana@gmail.com"));
        assertThat(links.forCase(a).linkedCases()).containsExactly(b);
        assertThat(NoiseFilter.webmail("gmail.com")).isTrue();
    }

    @Test
    void nearNamesAreWeakerThanExact() {
        UUID a = newCase("A", Map.of());
        UUID b = newCase("B", Map.of());
        ws.evidence().add(a, new EvidenceDraft(EvidenceKind.PAYMENT_PAYOUT, Instant.parse("2026-03-01T10:00:00Z"), "Payroll",
                Map.of("payoutMethod", "bank", "accountHolderName", "Dana Example")), List.of());
        ws.evidence().add(b, new EvidenceDraft(EvidenceKind.PAYMENT_PAYOUT, Instant.parse("2026-03-01T10:00:00Z"), "Payroll",
                Map.of("payoutMethod", "bank", "accountHolderName", "Dana Exampl")), List.of());
        assertThat(links.forCase(a).shared()).singleElement().extracting(SharedIdentifier::strength)
                .isEqualTo(LinkStrength.NEAR_NAME);
    }

    @Test
    void warningListValuesAreCheckedAndAudited() {
        assertThatThrownBy(() -> links.addWarning(WarningEntry.WarningList.NETWORK, WarningEntry.IP_RANGE, "not a range", ""))
                .isInstanceOf(ValidationException.class);
        WarningEntry e = links.addWarning(WarningEntry.WarningList.NETWORK, WarningEntry.IP_RANGE, "198.51.100.77/24", "VPN");
        assertThat(e.normalized()).isEqualTo("198.51.100.0/24");
        assertThat(links.noise().listed(IdentifierKind.IP, "198.51.100.5")).isTrue();
        assertThatThrownBy(() -> links.addWarning(WarningEntry.WarningList.NETWORK, WarningEntry.IP_RANGE, "198.51.100.0/24", ""))
                .isInstanceOf(ValidationException.class);
        links.removeWarning(e.id());
        assertThat(links.warnings()).isEmpty();
        assertThat(ws.audit().forCase(null)).extracting(AuditEntry::action)
                .contains("link.warning.add", "link.warning.remove");
    }

    @Test
    void confirmedLinksAreAuditedInBothCasesAndSurviveReopening() {
        UUID a = newCase("Dana Example", Map.of("email", "dana@example.org"));
        UUID b = newCase("Robin Sample", Map.of("email", "dana@example.org"));
        assertThatThrownBy(() -> links.confirm(a, b, LinkType.SAME_PERSON, " ", List.of()))
                .isInstanceOf(ValidationException.class);

        CaseLink link = links.confirm(a, b, LinkType.SAME_PERSON, "Same mailbox and same voice", List.of("EMAIL: dana@example.org"));
        assertThatThrownBy(() -> links.confirm(b, a, LinkType.SAME_PERSON, "again", List.of()))
                .isInstanceOf(ValidationException.class);
        ws.close();
        ws = Workspace.open(dir, PASS.toCharArray(), "tester");
        links = new LinkService(ws);

        assertThat(links.forCase(b).confirmed()).singleElement().satisfies(l -> {
            assertThat(l.other(b)).isEqualTo(a);
            assertThat(l.reason()).isEqualTo("Same mailbox and same voice");
            assertThat(l.identifiers()).containsExactly("EMAIL: dana@example.org");
        });
        assertThat(links.graph().edges()).singleElement().satisfies(edge -> {
            assertThat(edge.strength()).isEqualTo(LinkStrength.CONFIRMED);
            assertThat(edge.reasons()).hasSize(2);
        });
        links.removeLink(link.id());
        for (UUID c : List.of(a, b)) {
            assertThat(ws.audit().forCase(c)).extracting(AuditEntry::action).contains("link.confirm", "link.remove");
        }
        assertThat(ws.audit().verify().intact()).isTrue();
    }

    @Test
    void clustersAreConnectedComponents() {
        UUID a = newCase("A", Map.of("email", "a@example.org", "phone", "+1 202 555 0101"));
        UUID b = newCase("B", Map.of("email", "a@example.org"));
        UUID c = newCase("C", Map.of("phone", "+1 202 555 0101"));
        UUID d = newCase("D", Map.of("email", "d@example.org"));
        UUID e = newCase("E", Map.of("email", "d@example.org"));
        LinkGraph g = links.graph();
        assertThat(g.clusters()).hasSize(2);
        assertThat(g.clusters().get(0).cases()).containsExactlyInAnyOrder(a, b, c);
        assertThat(g.clusters().get(1).cases()).containsExactlyInAnyOrder(d, e);
        assertThat(g.edges()).hasSize(3);
    }

    @Test
    void anEdgesEvidenceSidesFollowItsCases() {
        // Several cases share one value, so holders are read in an order that differs from the edges' sorted cases.
        List<UUID> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(newCase("P" + i, Map.of("email", "farm@example.org")));
        }
        LinkGraph g = links.graph();
        assertThat(g.edges()).hasSize(15);
        for (LinkGraph.Edge edge : g.edges()) {
            assertThat(edge.reasons()).allSatisfy(r -> {
                assertThat(r.sideA()).isNotEmpty().allSatisfy(h -> assertThat(h.caseId()).isEqualTo(edge.caseA()));
                assertThat(r.sideB()).isNotEmpty().allSatisfy(h -> assertThat(h.caseId()).isEqualTo(edge.caseB()));
            });
        }
    }
}
