package org.hirewatch.exchange.bundle;

import java.util.regex.Pattern;
import org.hirewatch.exchange.bundle.BundleException.Reason;

/**
 * The only entry names a bundle may hold: relative, forward slashes, no "." or ".." segment, no drive letter, no
 * control characters. Nothing is ever unpacked to disk, but an entry that tries to leave its folder marks a bundle
 * that was made to attack, and it is refused whole.
 */
final class EntryPaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private EntryPaths() {
    }

    static String check(String path) {
        if (path == null || path.isEmpty() || path.length() > 300 || path.startsWith("/") || path.contains("\\")
                || path.contains(":") || path.endsWith("/")) {
            throw new BundleException(Reason.UNSAFE_PATH, String.valueOf(path));
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                throw new BundleException(Reason.UNSAFE_PATH, path);
            }
        }
        return path;
    }
}
