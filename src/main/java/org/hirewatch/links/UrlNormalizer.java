package org.hirewatch.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Profile URLs and handles. Scheme, "www.", a trailing slash, a fragment and case are ignored; a GitHub or LinkedIn
 * profile becomes a platform handle ("github:dana-example"), so the URL and the handle typed on its own match.
 */
final class UrlNormalizer {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]{0,15}://");
    private static final Pattern GITHUB = Pattern.compile("^(?:github\\.com/|github:)@?([a-z0-9-]{1,39})(?:/.*)?$");
    private static final Pattern LINKEDIN = Pattern.compile("^(?:[a-z]{2,3}\\.)?(?:linkedin\\.com/in/|linkedin:)([^/?#]{1,100})(?:[/?#].*)?$");

    private UrlNormalizer() {
    }

    static String url(String value) {
        String v = CleanText.lower(value).replace(" ", "");
        v = SCHEME.matcher(v).replaceFirst("");
        if (v.startsWith("www.")) {
            v = v.substring(4);
        }
        int hash = v.indexOf('#');
        if (hash >= 0) {
            v = v.substring(0, hash);
        }
        if (v.endsWith("?")) {
            v = v.substring(0, v.length() - 1);
        }
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        int slash = v.indexOf('/');
        String host = slash < 0 ? v : v.substring(0, slash);
        String ascii = EmailNormalizer.asciiDomain(host.endsWith(".") ? host : host);
        v = ascii + (slash < 0 ? "" : v.substring(slash));
        return platformHandle(v);
    }

    static String handle(String value) {
        String v = CleanText.lower(value).replace(" ", "");
        if (v.contains("/") || v.startsWith("github:") || v.startsWith("linkedin:")) {
            return url(v);
        }
        return v.startsWith("@") ? v.substring(1) : v;
    }

    private static String platformHandle(String v) {
        Matcher g = GITHUB.matcher(v);
        if (g.matches()) {
            return "github:" + g.group(1);
        }
        Matcher l = LINKEDIN.matcher(v);
        if (l.matches()) {
            return "linkedin:" + l.group(1);
        }
        return v;
    }

    /** The host of a normalised URL (empty for a platform handle). */
    static String host(String normalizedUrl) {
        if (normalizedUrl.startsWith("github:") || normalizedUrl.startsWith("linkedin:")) {
            return "";
        }
        int slash = normalizedUrl.indexOf('/');
        return slash < 0 ? normalizedUrl : normalizedUrl.substring(0, slash);
    }
}
