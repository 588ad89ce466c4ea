package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.domain.Subject;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.CaseDataBuilder;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.IndicatorDefinition;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Rule;
import org.hirewatch.indicators.Rules;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's "needs" decide which indicators re-run after an evidence change, so a rule must read nothing they
 * leave out. Every identity, communication and interview rule runs on a case where everything looks suspicious, then
 * on the same case stripped of the fields its needs do not list: the outcome must not change.
 */
class CandidateRuleNeedsTest {
    private static final UUID CASE = UUID.randomUUID();
    private static final Set<String> CATEGORIES = Set.of("IDN", "COM", "INT");

    private static List<IndicatorDefinition> ours() {
        return Catalogue.builtIn().indicators().stream()
                .filter(d -> CATEGORIES.contains(d.category()) && d.mode() != CheckMode.MANUAL).toList();
    }

    private static Subject suspiciousSubject() {
        return new Subject(List.of(new NameSpelling("Dana Example", "CV"), new NameSpelling("Lee Other", "payroll")),
                "US", "Austin", "America/Chicago", "Mexican", "Developer", "job board", "Example Staffing");
    }

    private static List<Evidence> suspiciousEvidence() {
        List<Evidence> items = new ArrayList<>();
        item(items, EvidenceKind.IDENTITY_DOCUMENT, "2026-02-01T10:00:00Z", "documentType", "passport",
                "issuingCountry", "Canada", "nameAsPrinted", "Kim Sample", "dateOfBirth", "2001-01-01",
                "expiryDate", "2030-01-01", "faceMatchScore", "0.5", "imageResolution", "400x300",
                "authenticityResult", "failed", "everifyResult", "mismatch", "ownerComplaint", "yes",
                "inPersonCheck", "Checked at the Austin office", "addressOnDocument", "1 Example Street",
                "addressCheck", "mail_drop", "photoHash", "ab12");
        item(items, EvidenceKind.ONLINE_PROFILE, "2026-02-02T10:00:00Z", "platform", "github",
                "profileUrl", "https://example.org/dana-dev", "handle", "dana-dev", "displayName", "Lee Other",
                "statedLocation", "Berlin, Germany", "accountCreated", "2025-06-01", "connections", "3",
                "portfolioHost", "netlify", "photoHash", "ab12", "reverseImageResult", "found as Kim Sample",
                "reverseImageOtherName", "yes", "aiImageScore", "0.95", "avatarType", "ai_generated",
                "activityGapYears", "4", "previousHandles", "lee-builds", "linkedToOtherName", "yes");
        item(items, EvidenceKind.INTERVIEW_OBSERVATION, "2026-02-03T15:00:00Z", "platform", "Video call",
                "claimedLocalTime", "09:00", "camera", "off", "cameraExcuse", "Camera is broken",
                "background", "stock_image", "otherVoices", "yes", "livenessCheck", "failed", "personChanged", "yes",
                "faceMatchScore", "0.4", "answerLatencySeconds", "20", "readingSigns", "yes",
                "browserLocale", "en-US,ko;q=0.8", "inPersonStep", "declined", "verificationRequest", "left_call",
                "participantIp", "203.0.113.5", "participantCountry", "China", "observations", "reads answers");
        item(items, EvidenceKind.INTERVIEW_OBSERVATION, "2026-02-04T15:00:00Z", "camera", "off",
                "inPersonStep", "no_show");
        item(items, EvidenceKind.INTERVIEW_OBSERVATION, "2026-02-05T15:00:00Z", "camera", "on",
                "inPersonStep", "attended", "faceMatchScore", "0.3");
        item(items, EvidenceKind.CONTACT_CHANNEL, "2026-02-01T09:00:00Z", "email", "dana@example.com",
                "phone", "+1 555 0100", "lineType", "voip", "carrier", "Example Tel", "carrierCountry", "Russia",
                "messagingHandle", "@dana_example", "emailProvider", "Example Mail", "domainCreated", "2026-01-01",
                "offPlatformRequest", "yes", "executiveOutreach", "yes", "medianResponseHours", "50",
                "missedTasks", "9");
        item(items, EvidenceKind.CONTACT_CHANNEL, "2026-02-06T09:00:00Z", "email", "dana.e@example.org",
                "phone", "+1 555 0101");
        item(items, EvidenceKind.REFERENCE_CHECK, "2026-02-07T09:00:00Z", "referenceName", "Lee Other",
                "checkType", "employment", "employer", "Example Corp", "employerDomain", "example.com",
                "referenceEmail", "lee@gmail.com", "referencePhone", "+1 555 0102",
                "contactSource", "supplied_by_candidate", "verificationMethod", "call", "outcome", "contradicted");
        item(items, EvidenceKind.REFERENCE_CHECK, "2026-02-07T10:00:00Z", "referenceName", "HR desk",
                "checkType", "employment", "employer", "Example Labs", "employerDomain", "example.com",
                "referenceEmail", "hr@exampl.com", "outcome", "not_confirmed");
        item(items, EvidenceKind.APPLICATION, "2026-01-20T09:00:00Z", "roleApplied", "Developer",
                "cvText", "Senior developer", "claimedSkills", "Solidity: 2010", "careerStartYear", "2012",
                "languages", "English", "referredBy", "Lee Other");
        item(items, EvidenceKind.PAYMENT_PAYOUT, "2026-02-08T09:00:00Z", "payoutMethod", "bank",
                "accountHolderName", "Kim Sample", "bankName", "Example Bank", "bankCountry", "US",
                "changeRequested", "yes");
        for (int day = 1; day <= 12; day++) {
            item(items, EvidenceKind.SIGN_IN_RECORD, String.format("2026-02-%02dT05:00:00Z", day),
                    "account", "dana", "ipAddress", "192.0.2.10", "country", "US", "signInOutcome", "success",
                    "device", "laptop-1", "managedDevice", "yes");
        }
        return items;
    }

    private static void item(List<Evidence> items, EvidenceKind kind, String at, String... keyValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        Instant t = Instant.parse(at);
        items.add(new Evidence(UUID.randomUUID(), CASE, kind, t, t, "tester", "test", fields, List.of(), 1));
    }

    /** The same case with only the subject fields and evidence fields the indicator lists. */
    private static CaseData reducedTo(IndicatorDefinition d, Subject s, List<Evidence> items) {
        Set<String> subjectFields = new java.util.HashSet<>();
        Map<String, Set<String>> fieldsByKind = new java.util.HashMap<>();
        for (EvidenceNeed n : d.needs()) {
            if (n.isSubject()) {
                subjectFields.add(n.field());
            } else {
                fieldsByKind.computeIfAbsent(n.kind(), k -> new java.util.HashSet<>()).add(n.field());
            }
        }
        Subject reduced = new Subject(subjectFields.contains("names") ? s.names() : List.of(),
                keep(subjectFields, "claimedCountry", s.claimedCountry()),
                keep(subjectFields, "claimedCity", s.claimedCity()),
                keep(subjectFields, "claimedTimeZone", s.claimedTimeZone()),
                keep(subjectFields, "claimedNationality", s.claimedNationality()),
                keep(subjectFields, "role", s.role()),
                keep(subjectFields, "hiringChannel", s.hiringChannel()),
                keep(subjectFields, "staffingFirm", s.staffingFirm()));
        List<Evidence> kept = new ArrayList<>();
        for (Evidence e : items) {
            Set<String> fields = fieldsByKind.get(e.kind().name());
            if (fields == null) {
                continue;
            }
            Map<String, String> f = new LinkedHashMap<>(e.fields());
            if (!fields.contains("")) {
                f.keySet().retainAll(fields);
            }
            kept.add(new Evidence(e.id(), e.caseId(), e.kind(), e.observedAt(), e.recordedAt(), e.recordedBy(),
                    e.source(), f, e.attachments(), e.version()));
        }
        return new CaseData(CASE, "HW-2026-0001", reduced, kept, Map.of(), null);
    }

    private static String keep(Set<String> fields, String field, String value) {
        return fields.contains(field) ? value : "";
    }

    @Test
    void everyRuleFiresOnTheSuspiciousCaseAndReadsOnlyWhatItsNeedsList() {
        Map<String, Rule> rules = Rules.all();
        Subject subject = suspiciousSubject();
        List<Evidence> items = suspiciousEvidence();
        CaseData full = new CaseData(CASE, "HW-2026-0001", subject, items, Map.of(), null);
        for (IndicatorDefinition d : ours()) {
            Rule rule = rules.get(d.id());
            Outcome all = rule.evaluate(full, CaseDataBuilder.params(d.id()));
            assertThat(all.hits()).as(d.id() + " fires on the suspicious case").isNotEmpty();
            Outcome reduced = rule.evaluate(reducedTo(d, subject, items), CaseDataBuilder.params(d.id()));
            assertThat(reduced).as(d.id() + " with only the fields its needs list").isEqualTo(all);
        }
    }

    @Test
    void whatARuleAsksForIsAmongItsNeeds() {
        Map<String, Rule> rules = Rules.all();
        CaseData empty = CaseDataBuilder.a().build();
        for (IndicatorDefinition d : ours()) {
            Outcome o = rules.get(d.id()).evaluate(empty, CaseDataBuilder.params(d.id()));
            assertThat(o.evaluated()).as(d.id() + " on an empty case").isFalse();
            assertThat(o.missing()).as(d.id()).isNotEmpty().allSatisfy(m -> assertThat(d.needs())
                    .as(d.id() + " needs " + m).anyMatch(n -> n.kind().equals(m.kind())
                            && (m.field().isEmpty() || n.field().equals(m.field()))));
        }
    }
}
