package org.hirewatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValidatorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+tag@sub.example.org", "o'brien@example.ie", "UPPER@EXAMPLE.COM",
            "x_y-z@mail-server.example.test", " padded@example.com ", "a!#$%&'*+/=?^_`{|}~-@example.com"})
    void acceptsEmails(String s) {
        assertThat(FieldValidators.isEmail(s)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "plain", "@example.com", "a@", "a@b", "a@b.c", "a@@b.com", "a b@example.com",
            "a..b@example.com", ".a@example.com", "a.@example.com", "a@example..com", "a@-example.com", "a@example-.com",
            "a@exa_mple.com", "a@example.com.", "a@example.c0m", "jörg@example.de", "a@example.com;DROP TABLE x",
            "<script>@example.com"})
    void refusesNonEmails(String s) {
        assertThat(FieldValidators.isEmail(s)).isFalse();
    }

    @Test
    void emailLengthLimits() {
        String local64 = "l".repeat(64);
        assertThat(FieldValidators.isEmail(local64 + "@example.com")).isTrue();
        assertThat(FieldValidators.isEmail(local64 + "l@example.com")).isFalse();
        String label63 = "d".repeat(63);
        assertThat(FieldValidators.isEmail("a@" + label63 + ".com")).isTrue();
        assertThat(FieldValidators.isEmail("a@" + label63 + "d.com")).isFalse();
        String longDomain = (label63 + ".").repeat(3) + "d".repeat(57) + ".com"; // 255 characters with "a@"
        assertThat(FieldValidators.isEmail("a@" + longDomain)).isFalse();
        String fits = (label63 + ".").repeat(3) + "d".repeat(57) + ".co"; // exactly 254 with "a@"
        assertThat(("a@" + fits)).hasSize(254);
        assertThat(FieldValidators.isEmail("a@" + fits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 202 555 0143", "+1 (202) 555-0143", "+44 20 7946 0958", "+8210.1234.5678", "+1234567",
            "+123456789012345", " +1 202 555 0143 "})
    void acceptsInternationalPhones(String s) {
        assertThat(FieldValidators.isPhone(s)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "+", "+ ", "+123456", "+1234567890123456", "202 555 0143", "001 202 555 0143",
            "++1 202 555 0143", "+1 800 FLOWERS", "+1 202 555 0143 x12", "+1/202/555/0143",
            "+\u0661\u0662\u0663\u0664\u0665\u0666\u0667"})
    void refusesOtherPhones(String s) {
        assertThat(FieldValidators.isPhone(s)).isFalse();
    }

    @Test
    void phoneDigitBoundariesAreSevenAndFifteen() {
        assertThat(FieldValidators.isPhone("+" + "1".repeat(6))).isFalse();
        assertThat(FieldValidators.isPhone("+" + "1".repeat(7))).isTrue();
        assertThat(FieldValidators.isPhone("+" + "1".repeat(15))).isTrue();
        assertThat(FieldValidators.isPhone("+" + "1".repeat(16))).isFalse();
        assertThat(FieldValidators.isPhone("+1 2 3 4 5 6 7")).isTrue(); // punctuation does not count
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "1.2.3.4", "192.168.1.1", "255.255.255.255", "10.0.0.255", " 203.0.113.7 "})
    void acceptsIpv4(String s) {
        assertThat(FieldValidators.isIpv4(s)).isTrue();
        assertThat(FieldValidators.isIp(s)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "256.1.1.1", "1.256.1.1", "1.2.3.256", "999.1.1.1", "1.2.3", "1.2.3.4.5", "1..3.4",
            "1.2.3.", ".1.2.3", "01.2.3.4", "1.2.3.04", "1.2.3.00", "0x7f.0.0.1", "1.2.3.-4", "+1.2.3.4", "1.2.3.4/24",
            "1.2.3.4:80", "1 .2.3.4", "\u0661.\u0662.\u0663.\u0664", "1234.1.1.1"})
    void refusesBadIpv4(String s) {
        assertThat(FieldValidators.isIpv4(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "1::", "2001:db8::7", "2001:0db8:0000:0000:0000:ff00:0042:8329",
            "2001:db8:0:0:0:0:2:1", "FE80::ABCD", "::ffff:192.0.2.128", "64:ff9b::198.51.100.1", "1:2:3:4:5:6:7::",
            "::2:3:4:5:6:7:8", "1::8", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5::1.2.3.4", " 2001:db8::1 "})
    void acceptsIpv6(String s) {
        assertThat(FieldValidators.isIpv6(s)).isTrue();
        assertThat(FieldValidators.isIp(s)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", ":", ":::", "1:::2", "1::2::3", "::1::", ":1::2", "1::2:", ":1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:8:", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "12345::", "g::1",
            "2001:db8::7%eth0", "1.2.3.4::", "1.2.3.4::1", "::1.2.3.4:1", "::ffff:1.2.3", "::ffff:01.2.3.4",
            "1:2:3:4:5:6:7:1.2.3.4", "[::1]", "1.2.3.4"})
    void refusesBadIpv6(String s) {
        assertThat(FieldValidators.isIpv6(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "http://example.com/path?q=1#frag", "HTTPS://EXAMPLE.COM",
            "https://github.com/some-user", "https://user@example.com:8443/x", "https://203.0.113.7/", "https://[2001:db8::1]/"})
    void acceptsWebUrls(String s) {
        assertThat(FieldValidators.isUrl(s)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "example.com", "www.example.com", "ftp://example.com", "file:///etc/passwd",
            "javascript:alert(1)", "data:text/html,<script>", "https://", "https:///path", "https://exa mple.com",
            "https://example.com/a b", "mailto:a@example.com", "//example.com"})
    void refusesOtherUrls(String s) {
        assertThat(FieldValidators.isUrl(s)).isFalse();
    }

    @Test
    void dates() {
        assertThat(FieldValidators.isDate("2024-02-29")).isTrue();
        assertThat(FieldValidators.isDate(" 2026-01-01 ")).isTrue();
        assertThat(FieldValidators.parseDate("2026-12-31")).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        for (String bad : new String[] {"2023-02-29", "2026-13-01", "2026-00-10", "2026-01-32", "26-01-01", "2026-1-1",
                "01/02/2026", "2026/01/02", "tomorrow", "", "2026-01-01T00:00"}) {
            assertThat(FieldValidators.isDate(bad)).as(bad).isFalse();
        }
        assertThat(FieldValidators.isDate(null)).isFalse();
    }

    @Test
    void dateTimes() {
        assertThat(FieldValidators.parseDateTime("2026-03-14 09:30")).isEqualTo(java.time.LocalDateTime.of(2026, 3, 14, 9, 30));
        assertThat(FieldValidators.parseDateTime("2026-03-14T23:59")).isEqualTo(java.time.LocalDateTime.of(2026, 3, 14, 23, 59));
        assertThat(FieldValidators.parseDateTime("2026-03-14")).isEqualTo(java.time.LocalDateTime.of(2026, 3, 14, 0, 0));
        for (String bad : new String[] {"2026-03-14 24:00", "2026-03-14 9:30", "2026-03-14 09:60", "2026-02-30 10:00", "2026-02-31 10:00", "2023-02-29 10:00",
                "14.03.2026 09:30", "09:30", ""}) {
            assertThat(FieldValidators.isDateTime(bad)).as(bad).isFalse();
        }
        assertThat(FieldValidators.isDateTime(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Chicago", "Europe/Berlin", "Asia/Pyongyang", "Asia/Shanghai", "UTC", "Z", "+09:00",
            "-05:30", "+14:00", "GMT+3", "UTC-08:00", " Europe/Warsaw "})
    void acceptsTimeZones(String s) {
        assertThat(FieldValidators.isTimeZone(s)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "Mars/Olympus_Mons", "America/Chicagoo", "+25:00", "PST", "Berlin", "GMT+25",
            "../../etc/passwd"})
    void refusesUnknownTimeZones(String s) {
        assertThat(FieldValidators.isTimeZone(s)).isFalse();
    }

    @Test
    void numbers() {
        for (String ok : new String[] {"0", "42", "-7", "+5", " 4096 ", "9223372036854775807"}) {
            assertThat(FieldValidators.isInteger(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", "4.2", "1e3", "0x10", "9223372036854775808", "1 000", "\u0661\u0662", "--1", "+"}) {
            assertThat(FieldValidators.isInteger(bad)).as(bad).isFalse();
        }
        assertThat(FieldValidators.isInteger(null)).isFalse();
        for (String ok : new String[] {"0", "0.875", "-1.5", "+2", ".5", "5.", "1e3", "1.5E-3", " 3.25 "}) {
            assertThat(FieldValidators.isDecimal(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", ".", "NaN", "Infinity", "-Infinity", "1d", "2f", "0x1p3", "1,5", "1e", "1e999",
                "\u0661.\u0662", "e3"}) {
            assertThat(FieldValidators.isDecimal(bad)).as(bad).isFalse();
        }
        assertThat(FieldValidators.isDecimal(null)).isFalse();
    }
}
