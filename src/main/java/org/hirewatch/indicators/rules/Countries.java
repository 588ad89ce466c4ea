package org.hirewatch.indicators.rules;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and codes as people type them ("USA", "United States", "us", "Deutschland" is not covered) mapped to
 * ISO 3166 alpha-2 codes, so that two fields naming one country compare equal. Unknown text stays unknown: a rule
 * must not call two countries different when it cannot read one of them.
 */
public final class Countries {
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");

    static {
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            BY_NAME.put(key(code), code);
            BY_NAME.put(key(l.getISO3Country()), code);
            BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
        }
        String[][] aliases = {
            {"usa", "US"}, {"united states of america", "US"}, {"america", "US"}, {"u s a", "US"}, {"u s", "US"},
            {"uk", "GB"}, {"great britain", "GB"}, {"britain", "GB"}, {"england", "GB"}, {"scotland", "GB"},
            {"wales", "GB"}, {"northern ireland", "GB"}, {"south korea", "KR"}, {"republic of korea", "KR"},
            {"korea republic", "KR"}, {"korea", "KR"}, {"north korea", "KP"}, {"dprk", "KP"},
            {"democratic people s republic of korea", "KP"}, {"russia", "RU"}, {"russian federation", "RU"},
            {"prc", "CN"}, {"people s republic of china", "CN"}, {"mainland china", "CN"}, {"china", "CN"},
            {"hong kong sar", "HK"}, {"taiwan", "TW"}, {"vietnam", "VN"}, {"viet nam", "VN"}, {"laos", "LA"},
            {"czech republic", "CZ"}, {"czechia", "CZ"}, {"uae", "AE"}, {"holland", "NL"}, {"the netherlands", "NL"},
            {"ivory coast", "CI"}, {"turkey", "TR"}, {"turkiye", "TR"}, {"iran", "IR"}, {"syria", "SY"},
            {"bolivia", "BO"}, {"venezuela", "VE"}, {"tanzania", "TZ"}, {"moldova", "MD"}, {"macedonia", "MK"},
        };
        for (String[] a : aliases) {
            BY_NAME.put(key(a[0]), a[1]);
        }
    }

    private Countries() {
    }

    /** The ISO alpha-2 code for a country name or code, if it can be read; "City, Country" uses the last part. */
    public static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = key(text);
        String code = BY_NAME.get(k);
        if (code == null && text.contains(",")) {
            code = BY_NAME.get(key(text.substring(text.lastIndexOf(',') + 1)));
        }
        return Optional.ofNullable(code);
    }

    /** True only when both can be read and they name different countries. */
    public static boolean differ(String a, String b) {
        Optional<String> x = code(a);
        Optional<String> y = code(b);
        return x.isPresent() && y.isPresent() && !x.get().equals(y.get());
    }

    private static String key(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
