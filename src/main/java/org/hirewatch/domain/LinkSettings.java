package org.hirewatch.domain;

/**
 * A workspace's link settings.
 *
 * @param defaultRegion   region for phone numbers written without a country code (ISO 3166 two letters)
 * @param networkMatches  whether the same /24 (IPv4) or /64 (IPv6) network counts as a weaker match
 * @param frequencyCap    a value held by more than this many cases is "common", not a link
 * @param nameSimilarity  the lowest name similarity (0–1) shown as a near name
 * @param textDistance    the most differing SimHash bits shown as near text
 */
public record LinkSettings(String defaultRegion, boolean networkMatches, int frequencyCap, double nameSimilarity,
                           int textDistance) {
    public static final int MIN_CAP = 2;
    public static final int MAX_CAP = 200;

    public static LinkSettings defaults() {
        return new LinkSettings("US", true, 10, 0.85, 3);
    }
}
