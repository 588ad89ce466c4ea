package org.hirewatch.links;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Phone numbers to E.164 ("+15550100123"), with numbers written without a country code read in the workspace's
 * default region. A number the library cannot read keeps its digits behind a {@value #WEAK} mark: it still matches the
 * same digits elsewhere, but is shown as a weaker match because the country may differ.
 */
final class PhoneNormalizer {
    static final String WEAK = "?";
    private static final int MAX_DIGITS = 20;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNormalizer() {
    }

    static String normalize(String value, String defaultRegion) {
        String v = CleanText.clean(value);
        try {
            Phonenumber.PhoneNumber n = UTIL.parse(v, defaultRegion);
            if (UTIL.isPossibleNumber(n)) {
                return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // fall through to the digits: the value is still worth matching exactly
        }
        String digits = v.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return WEAK + v.toLowerCase(java.util.Locale.ROOT);
        }
        return WEAK + (digits.length() > MAX_DIGITS ? digits.substring(0, MAX_DIGITS) : digits);
    }

    static boolean isWeak(String normalized) {
        return normalized.startsWith(WEAK);
    }

    static boolean knownRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region);
    }
}
