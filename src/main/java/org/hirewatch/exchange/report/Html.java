package org.hirewatch.exchange.report;

/**
 * Builds the report's XHTML. Tags and class names are written by the report's own code; every text goes through
 * {@link #text} and every attribute value through {@link #escape}, so nothing a user typed can become markup.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Escapes for text and attribute values alike, and drops what XML 1.0 cannot carry (so the PDF parser never fails). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t', '\n', '\r' -> sb.append(c);
                default -> {
                    boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && !(Character.isSurrogate(c) && !validPair(s, i));
                    if (!allowed) {
                        sb.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        sb.append(c).append(s.charAt(++i));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** Opens an element; {@code cssClass} may be null. */
    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Html open(String tag) {
        return open(tag, null);
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** An element holding only text. */
    Html el(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    Html el(String tag, String text) {
        return el(tag, null, text);
    }

    /** An empty element such as a column width: attributes come from the report's code, values are escaped. */
    Html empty(String tag, String attribute, String value) {
        out.append('<').append(tag).append(' ').append(attribute).append("=\"").append(escape(value)).append("\"/>");
        return this;
    }

    /** The style sheet and other fixed markup the report itself carries; never user text. */
    Html markup(String fixed) {
        out.append(fixed);
        return this;
    }

    /** A line break, written so that HTML and XML parsers read it alike. */
    Html br() {
        out.append("<br/>");
        return this;
    }

    /** Multi-line text: one line break element per line, every line escaped. */
    Html lines(String s) {
        String[] parts = (s == null ? "" : s).split("\\R", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            text(parts[i]);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
