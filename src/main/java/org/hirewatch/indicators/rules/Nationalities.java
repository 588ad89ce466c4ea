package org.hirewatch.indicators.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A claimed nationality as people type it ("German", "Filipino", or a country name or code) mapped to the ISO code
 * of its country, so that IDN-06 can compare it with the document's issuing country and the claimed residence. Used
 * only for that comparison, never on its own. Unknown words stay unknown.
 */
final class Nationalities {
    private static final Map<String, String> BY_ADJECTIVE = new HashMap<>();

    static {
        String[][] adjectives = {
            {"american", "US"}, {"canadian", "CA"}, {"mexican", "MX"}, {"british", "GB"}, {"english", "GB"},
            {"scottish", "GB"}, {"welsh", "GB"}, {"irish", "IE"}, {"german", "DE"}, {"french", "FR"},
            {"spanish", "ES"}, {"portuguese", "PT"}, {"italian", "IT"}, {"dutch", "NL"}, {"belgian", "BE"},
            {"swiss", "CH"}, {"austrian", "AT"}, {"danish", "DK"}, {"swedish", "SE"}, {"norwegian", "NO"},
            {"finnish", "FI"}, {"icelandic", "IS"}, {"polish", "PL"}, {"czech", "CZ"}, {"slovak", "SK"},
            {"hungarian", "HU"}, {"romanian", "RO"}, {"bulgarian", "BG"}, {"greek", "GR"}, {"serbian", "RS"},
            {"croatian", "HR"}, {"slovenian", "SI"}, {"lithuanian", "LT"}, {"latvian", "LV"}, {"estonian", "EE"},
            {"ukrainian", "UA"}, {"belarusian", "BY"}, {"russian", "RU"}, {"moldovan", "MD"}, {"georgian", "GE"},
            {"armenian", "AM"}, {"azerbaijani", "AZ"}, {"turkish", "TR"}, {"israeli", "IL"}, {"egyptian", "EG"},
            {"moroccan", "MA"}, {"nigerian", "NG"}, {"ghanaian", "GH"}, {"kenyan", "KE"}, {"ethiopian", "ET"},
            {"south african", "ZA"}, {"saudi", "SA"}, {"emirati", "AE"}, {"iranian", "IR"}, {"iraqi", "IQ"},
            {"pakistani", "PK"}, {"indian", "IN"}, {"bangladeshi", "BD"}, {"sri lankan", "LK"}, {"nepali", "NP"},
            {"nepalese", "NP"}, {"chinese", "CN"}, {"taiwanese", "TW"}, {"japanese", "JP"}, {"south korean", "KR"},
            {"north korean", "KP"}, {"mongolian", "MN"}, {"vietnamese", "VN"}, {"laotian", "LA"}, {"lao", "LA"},
            {"cambodian", "KH"}, {"thai", "TH"}, {"malaysian", "MY"}, {"singaporean", "SG"}, {"indonesian", "ID"},
            {"filipino", "PH"}, {"filipina", "PH"}, {"australian", "AU"}, {"new zealander", "NZ"},
            {"kazakh", "KZ"}, {"kazakhstani", "KZ"}, {"uzbek", "UZ"}, {"brazilian", "BR"}, {"argentine", "AR"},
            {"argentinian", "AR"}, {"chilean", "CL"}, {"colombian", "CO"}, {"peruvian", "PE"},
            {"venezuelan", "VE"},
        };
        for (String[] a : adjectives) {
            BY_ADJECTIVE.put(a[0], a[1]);
        }
    }

    private Nationalities() {
    }

    /** The country code of a nationality, written as an adjective or as the country itself. */
    static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = BY_ADJECTIVE.get(CandidateEvidence.fold(text));
        return code != null ? Optional.of(code) : Countries.code(text);
    }
}
