package org.hirewatch.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Email addresses compared the way the provider delivers them: case never matters; at providers that ignore dots in
 * the mailbox name (Gmail) or a "+tag" (most providers), those are dropped. The rules are data:
 * {@code email-providers.properties}.
 */
final class EmailNormalizer {
    private static final EmailNormalizer SHIPPED = load("email-providers.properties");
    private final Map<String, Rule> rules;
    private final Rule fallback;

    record Rule(String canonicalDomain, boolean ignoreDots, char tagSeparator) {
    }

    private EmailNormalizer(Map<String, Rule> rules, Rule fallback) {
        this.rules = rules;
        this.fallback = fallback;
    }

    static EmailNormalizer shipped() {
        return SHIPPED;
    }

    String normalize(String value) {
        String v = CleanText.lower(value);
        if (v.startsWith("mailto:")) {
            v = v.substring("mailto:".length());
        }
        if (v.startsWith("<") && v.endsWith(">")) {
            v = v.substring(1, v.length() - 1);
        }
        v = v.replace(" ", "");
        int at = v.lastIndexOf('@');
        if (at <= 0 || at == v.length() - 1) {
            return v;
        }
        String local = v.substring(0, at);
        String domain = asciiDomain(v.substring(at + 1));
        Rule rule = rules.get(domain);
        if (rule == null) {
            rule = new Rule(domain, fallback.ignoreDots(), fallback.tagSeparator());
        }
        if (rule.tagSeparator() != 0) {
            int tag = local.indexOf(rule.tagSeparator());
            if (tag > 0) {
                local = local.substring(0, tag);
            }
        }
        if (rule.ignoreDots()) {
            String undotted = local.replace(".", "");
            local = undotted.isEmpty() ? local : undotted;
        }
        return local + "@" + rule.canonicalDomain();
    }

    /** The domain of a normalised address, or empty. */
    static String domainOf(String normalizedEmail) {
        int at = normalizedEmail.lastIndexOf('@');
        return at < 0 ? "" : normalizedEmail.substring(at + 1);
    }

    /** Internationalised domains are compared in their ASCII (punycode) form; a trailing root dot is dropped. */
    static String asciiDomain(String domain) {
        String d = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        try {
            return IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    static EmailNormalizer load(String resource) {
        Properties p = new Properties();
        try (InputStream in = EmailNormalizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Rule> rules = new HashMap<>();
        Rule fallback = new Rule("", false, (char) 0);
        for (String domain : p.stringPropertyNames()) {
            String[] parts = p.getProperty(domain).split(";", -1);
            Set<String> flags = Set.of(parts.length > 1 ? parts[1].strip().split("\\s*,\\s*") : new String[0]);
            char separator = flags.contains("plus") ? '+' : flags.contains("hyphen") ? '-' : 0;
            Rule r = new Rule(parts[0].strip(), flags.contains("dots"), separator);
            if (domain.equals("*")) {
                fallback = r;
            } else {
                rules.put(domain.toLowerCase(Locale.ROOT), r);
            }
        }
        return new EmailNormalizer(Map.copyOf(rules), fallback);
    }
}
