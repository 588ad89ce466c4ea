package org.hirewatch.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hirewatch.domain.Finding;
import org.hirewatch.exchange.applicants.ApplicantChecker;
import org.hirewatch.indicators.Catalogue;
import org.hirewatch.indicators.CheckEngine;
import org.hirewatch.indicators.IndicatorDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real engine over the demo pack the way {@code hirewatch check --input} does and holds every applicant to
 * the trainer's notes, so the pack and the rules never drift apart. When this fails after a rule change, decide
 * whether the rule or the notes are wrong; do not bend the data to make it pass.
 */
class DemoPackTest {
    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private static DemoPack pack;
    private static Map<String, ApplicantChecker.Result> results;

    @BeforeAll
    static void check() {
        pack = DemoPack.builtIn(CATALOGUE);
        results = new ApplicantChecker(CATALOGUE, CheckEngine.withBuiltInRules())
                .check(pack.file(), Instant.parse("2026-06-01T12:00:00Z")).stream()
                .collect(Collectors.toMap(r -> r.applicant().id(), Function.identity()));
    }

    @Test
    void everyApplicantRaisesExactlyTheExpectedIndicatorsAndBand() {
        List<String> problems = new java.util.ArrayList<>();
        for (DemoCase c : pack.cases()) {
            ApplicantChecker.Result r = results.get(c.id());
            Set<String> fired = r.findings().stream().map(Finding::indicatorId).collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(c.expected().fires());
            if (!fired.equals(expected)) {
                problems.add(c.id() + " fired " + fired + " but the notes expect " + expected);
            }
            Set<String> wrongly = new TreeSet<>(c.expected().mustNotFire());
            wrongly.retainAll(fired);
            if (!wrongly.isEmpty()) {
                problems.add(c.id() + " must not fire " + wrongly);
            }
            if (r.assessment().band() != c.expected().band()) {
                problems.add(c.id() + " is " + r.assessment().band() + ", the notes say " + c.expected().band());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void thePackExercisesEveryIndicatorOfTheCatalogue() {
        Set<String> fired = pack.cases().stream().flatMap(c -> c.expected().fires().stream()).collect(Collectors.toSet());
        Set<String> all = CATALOGUE.indicators().stream().map(IndicatorDefinition::id).collect(Collectors.toSet());
        assertThat(fired).containsAll(all);
        assertThat(pack.cases()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void legitimateApplicantsStayLowAndSayWhy() {
        List<DemoCase> legit = pack.cases().stream()
                .filter(c -> c.expected().band() == org.hirewatch.domain.RiskBand.LOW).toList();
        assertThat(legit).hasSizeGreaterThanOrEqualTo(4);
        assertThat(legit).allSatisfy(c -> {
            assertThat(c.expected().mustNotFire()).isNotEmpty();
            assertThat(c.expected().explanation()).isNotBlank();
        });
    }

    @Test
    void onlyInventedContactDataAndDocumentationAddresses() throws Exception {
        String text = new String(DemoPack.class.getResourceAsStream(DemoPack.PACK_RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher emails = java.util.regex.Pattern.compile("@([a-z0-9.-]+)").matcher(text);
        while (emails.find()) {
            // the one webmail address is the IDN-11 red flag itself, on a reference the applicant supplied
            assertThat(emails.group(1)).matches("(.+\\.)?example\\.(com|org|net)|gmail\\.com");
        }
        java.util.regex.Matcher ips = java.util.regex.Pattern.compile("\"(?:ipAddress|participantIp)\": \"([^\"]+)\"")
                .matcher(text);
        while (ips.find()) {
            assertThat(ips.group(1)).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+|2001:db8:.*");
        }
        java.util.regex.Matcher phones = java.util.regex.Pattern.compile("\"phone\": \"([^\"]+)\"").matcher(text);
        while (phones.find()) {
            assertThat(phones.group(1)).startsWith("+1 555 01");
        }
    }
}
