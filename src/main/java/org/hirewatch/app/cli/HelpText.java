package org.hirewatch.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps footer text with a hanging indent. picocli wraps long footer lines at the left margin, which makes
 * lists hard to read, so footers are wrapped here to lines it leaves alone.
 */
final class HelpText {
    static final int WIDTH = 79;

    private HelpText() {
    }

    static List<String> wrap(String text, String firstPrefix, String nextPrefix) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split(" +")) {
            splitLong(w, WIDTH - nextPrefix.length(), words);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        int prefixLength = firstPrefix.length();
        for (String w : words) {
            if (line.length() > prefixLength && line.length() + 1 + w.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(nextPrefix);
                prefixLength = nextPrefix.length();
            }
            if (line.length() > prefixLength) {
                line.append(' ');
            }
            line.append(w);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Words longer than a line (long lists of choices) are broken after a '|'. */
    private static void splitLong(String w, int max, List<String> out) {
        String rest = w;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('|', max - 1);
            if (cut <= 0) {
                break;
            }
            out.add(rest.substring(0, cut + 1));
            rest = rest.substring(cut + 1);
        }
        out.add(rest);
    }
}
