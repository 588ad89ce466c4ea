package org.hirewatch.links;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.LinkSettings;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.indicators.CrossCaseNoise;

/**
 * Decides whether a shared value is noise: on a warning list (the firm's own values and domains, user-supplied
 * network ranges, public webmail domains for URLs), or held by more cases than the frequency cap. A full email address
 * at a webmail domain is never noise on that account: sharing it still links.
 */
public final class NoiseFilter implements CrossCaseNoise {
    private static final Set<String> WEBMAIL = loadWebmail();
    private final Map<String, Set<String>> exact = new HashMap<>();
    private final Set<String> domains = new HashSet<>();
    private final List<IpRange> ranges = new ArrayList<>();
    private final int cap;

    public NoiseFilter(List<WarningEntry> entries, LinkSettings settings) {
        this.cap = settings.frequencyCap();
        for (WarningEntry e : entries) {
            switch (e.matchKind()) {
                case WarningEntry.EMAIL_DOMAIN -> domains.add(e.normalized());
                case WarningEntry.IP_RANGE -> IpRange.parse(e.normalized()).ifPresent(ranges::add);
                default -> exact.computeIfAbsent(family(e.matchKind()), k -> new HashSet<>()).add(e.normalized());
            }
        }
    }

    /** The value is on a warning list. */
    public boolean listed(IdentifierKind kind, String normalized) {
        if (exact.getOrDefault(family(kind.name()), Set.of()).contains(normalized)) {
            return true;
        }
        return switch (kind) {
            case EMAIL -> domains.contains(Normalizers.emailDomain(normalized));
            case URL -> domains.contains(Normalizers.urlHost(normalized)) || WEBMAIL.contains(Normalizers.urlHost(normalized));
            case IP -> ranges.stream().anyMatch(r -> r.contains(normalized));
            default -> false;
        };
    }

    /** A network (as a near key, "a.b.c.0/24") that lies inside a listed range. */
    public boolean listedNetwork(String network) {
        Optional<IpRange> net = IpRange.parse(network);
        return net.isPresent() && ranges.stream().anyMatch(r -> r.prefix() <= net.get().prefix()
                && r.contains(IpNormalizer.normalize(network.substring(0, network.indexOf('/')))));
    }

    public boolean common(int casesHolding) {
        return casesHolding > cap;
    }

    public int cap() {
        return cap;
    }

    @Override
    public boolean ignored(IdentifierKind kind, String normalized, int casesHolding) {
        return common(casesHolding) || listed(kind, normalized);
    }

    public static boolean webmail(String domain) {
        return WEBMAIL.contains(domain);
    }

    public static Set<String> webmailDomains() {
        return WEBMAIL;
    }

    /** URLs and handles are compared together: a GitHub URL and the handle typed alone are one value. */
    static String family(String kind) {
        return kind.equals("URL") ? "HANDLE" : kind;
    }

    private static Set<String> loadWebmail() {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NoiseFilter.class.getResourceAsStream("webmail-domains.txt"), StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
