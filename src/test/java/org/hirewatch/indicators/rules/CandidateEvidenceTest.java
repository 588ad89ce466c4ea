package org.hirewatch.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.FieldValidators;
import org.hirewatch.indicators.CaseDataBuilder;
import org.junit.jupiter.api.Test;

class CandidateEvidenceTest {

    private static Evidence with(String value) {
        return RuleAssertions.add(CaseDataBuilder.a(), EvidenceKind.CONTACT_CHANNEL, "v", value);
    }

    @Test
    void decimalsAreReadAsTheEvidenceFormAcceptsThem() {
        for (String v : new String[] {"0.8", " 24 ", "-3", "+.5", "5.", "1e3", "2E-2", "1d", "Infinity", "NaN",
                "0x1p3", ".", "", "1e", "1e999", "0,8", "a day"}) {
            boolean expected = FieldValidators.isDecimal(v) && Double.isFinite(Double.parseDouble(v.strip()));
            assertThat(CandidateEvidence.decimal(with(v), "v").isPresent()).as(v).isEqualTo(expected);
        }
        assertThat(CandidateEvidence.decimal(with("0.75"), "v").getAsDouble()).isEqualTo(0.75);
    }

    @Test
    void integersAndDatesThatDoNotParseReadAsAbsent() {
        assertThat(CandidateEvidence.integer(with(" 12 "), "v").getAsLong()).isEqualTo(12);
        assertThat(CandidateEvidence.integer(with("3.0"), "v")).isEmpty();
        assertThat(CandidateEvidence.integer(with("99999999999999999999"), "v")).isEmpty();
        assertThat(CandidateEvidence.date(with("2024-02-29"), "v")).contains(LocalDate.of(2024, 2, 29));
        assertThat(CandidateEvidence.date(with("2026-02-30"), "v")).isEmpty();
        assertThat(CandidateEvidence.date(with("March 2026"), "v")).isEmpty();
    }

    @Test
    void namesCompareWithoutOrderCaseAccentsOrLeftOutMiddleNames() {
        assertThat(CandidateEvidence.nameDistance("Kim, Daniel", "daniel KIM")).isZero();
        assertThat(CandidateEvidence.nameDistance("José Example", "Jose Example")).isZero();
        assertThat(CandidateEvidence.nameDistance("Dana Marie Example", "Dana Example")).isZero();
        assertThat(CandidateEvidence.nameDistance("Dana Example", "Dana Exampel")).isEqualTo(2);
    }

    @Test
    void skillLinesAreReadInTheirCommonForms() {
        assertThat(IdentityHistoryRules.skillYear("- Solidity: 2013")).isEqualTo(
                new IdentityHistoryRules.SkillYear("Solidity", 2013));
        assertThat(IdentityHistoryRules.skillYear("Kotlin: since 2011").skill()).isEqualTo("Kotlin");
        assertThat(IdentityHistoryRules.skillYear("Go (2012)").skill()).isEqualTo("Go");
        assertThat(IdentityHistoryRules.skillYear("ES2015: 2016")).isEqualTo(
                new IdentityHistoryRules.SkillYear("ES2015", 2016));
        assertThat(IdentityHistoryRules.skillYear(".NET - 2008").skill()).isEqualTo(".NET");
        assertThat(IdentityHistoryRules.skillYear("2019: Hardhat")).isNull();
        assertThat(IdentityHistoryRules.skillYear("Rust, five years")).isNull();
    }
}
