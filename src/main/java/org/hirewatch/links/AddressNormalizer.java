package org.hirewatch.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postal and shipping addresses: case, accents and punctuation ignored, and the common abbreviations written one way
 * ("Street"/"St.", "Apartment"/"Apt"/"#"/"Unit"), so "12 Example Street, Apt. 4B" and "12 example st #4b" match.
 * Unit numbers are kept: a different flat in the same building is a different address.
 */
final class AddressNormalizer {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("avenue", "ave"), Map.entry("av", "ave"),
            Map.entry("road", "rd"), Map.entry("boulevard", "blvd"), Map.entry("drive", "dr"), Map.entry("lane", "ln"),
            Map.entry("court", "ct"), Map.entry("place", "pl"), Map.entry("square", "sq"), Map.entry("terrace", "ter"),
            Map.entry("highway", "hwy"), Map.entry("parkway", "pkwy"), Map.entry("circle", "cir"),
            Map.entry("apartment", "unit"), Map.entry("apt", "unit"), Map.entry("flat", "unit"),
            Map.entry("suite", "unit"), Map.entry("ste", "unit"), Map.entry("#", "unit"),
            Map.entry("floor", "fl"), Map.entry("building", "bldg"),
            Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"));

    private AddressNormalizer() {
    }

    static String normalize(String value) {
        String v = " " + NON_WORD.matcher(CleanText.folded(value).replace("#", " # ")).replaceAll(" ") + " ";
        v = v.replace(" p o box ", " pobox ").replace(" po box ", " pobox ").replace(" post office box ", " pobox ");
        List<String> out = new ArrayList<>();
        for (String word : v.strip().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = WORDS.getOrDefault(word, word);
            // "Apt #4" and "Unit No. 4" name the unit once.
            if (w.equals("unit") && !out.isEmpty() && out.get(out.size() - 1).equals("unit")) {
                continue;
            }
            out.add(w);
        }
        return String.join(" ", out);
    }
}
