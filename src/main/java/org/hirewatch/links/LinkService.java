package org.hirewatch.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hirewatch.domain.CaseLink;
import org.hirewatch.domain.Identifier;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.domain.LinkSettings;
import org.hirewatch.domain.LinkType;
import org.hirewatch.domain.TextFingerprint;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.domain.Violation;
import org.hirewatch.domain.WarningEntry;
import org.hirewatch.indicators.rules.Texts;
import org.hirewatch.store.LinkStore;
import org.hirewatch.store.LinkStore.Held;
import org.hirewatch.store.Workspace;

/**
 * Answers which other cases share a case's identifiers (and how strongly), builds the workspace's clusters, and keeps
 * warning lists, settings and confirmed links. Suggestions only become links when a person confirms them.
 */
public final class LinkService {
    /** Rows read per value: enough to tell a common value (over the cap) from a link without reading all of them. */
    private static final int ROWS_PER_CAP = 4;
    private final Workspace ws;

    public LinkService(Workspace ws) {
        this.ws = ws;
    }

    private LinkStore store() {
        return ws.links();
    }

    /**
     * The warning lists and frequency cap as stored now. The store caches both and drops them on every save, so every
     * screen and check run still sees a change at once without two queries per look-up.
     */
    public NoiseFilter noise() {
        return new NoiseFilter(store().warnings(), store().settings());
    }

    /** Makes the cross-case indicators of {@code checks} ignore warning-listed and over-common values. */
    public static LinkService attach(Workspace ws, org.hirewatch.indicators.CheckService checks) {
        LinkService links = new LinkService(ws);
        checks.useNoise(links::noise);
        return links;
    }

    // ---- one case ----

    /** What a case shares with others: one entry per value, strongest first; and its confirmed links. */
    public record CaseLinks(UUID caseId, List<SharedIdentifier> shared, List<CaseLink> confirmed) {

        /** The other cases joined to this one by a link-strength value, or by a confirmed link. */
        public Set<UUID> linkedCases() {
            Set<UUID> out = new HashSet<>();
            shared.stream().filter(s -> s.strength().isLink()).forEach(s -> out.addAll(s.otherCases()));
            confirmed.forEach(l -> out.add(l.other(caseId)));
            return out;
        }
    }

    /**
     * Reads the case's matches in one self-join over the identifier index (plus the details of the matches only, and
     * its confirmed links); settings and warning lists come from the store's cache.
     */
    public CaseLinks forCase(UUID caseId) {
        LinkSettings settings = store().settings();
        NoiseFilter filter = noise();
        int rows = (settings.frequencyCap() + 1) * ROWS_PER_CAP;
        LinkStore.CaseMatches matches = store().matchesOf(caseId, rows, settings.frequencyCap(), settings.networkMatches());
        Map<String, List<Held>> mine = new LinkedHashMap<>();
        for (Held h : matches.mine()) {
            mine.computeIfAbsent(key(h.kind(), h.normalized()), k -> new ArrayList<>()).add(h);
        }
        Map<String, LinkStore.ValueMatches> byValue = new HashMap<>();
        matches.values().forEach(v -> byValue.putIfAbsent(key(v.kind(), v.normalized()), v));
        List<SharedIdentifier> out = new ArrayList<>();
        for (Map.Entry<String, List<Held>> e : mine.entrySet()) {
            List<Held> same = e.getValue();
            Held first = same.get(0);
            LinkStore.ValueMatches found = byValue.get(e.getKey());
            List<Held> theirs = found == null ? List.of() : found.exact();
            if (!theirs.isEmpty()) {
                out.add(classify(first, same, theirs, found.exactCases() + 1,
                        exactStrength(first.kind(), first.normalized()), filter));
            }
            if (found != null) {
                near(first, same, theirs, found.near(), found.nearCases(), settings, filter).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(SharedIdentifier::strength).thenComparing(s -> s.kind().name())
                .thenComparing(SharedIdentifier::value));
        return new CaseLinks(caseId, out, store().linksOf(caseId));
    }

    private static String key(IdentifierKind kind, String normalized) {
        return NoiseFilter.family(kind.name()) + "\u001f" + normalized;
    }

    private static LinkStrength exactStrength(IdentifierKind kind, String normalized) {
        return kind == IdentifierKind.PHONE && Normalizers.weakPhone(normalized) ? LinkStrength.SAME_DIGITS : LinkStrength.EXACT;
    }

    private static SharedIdentifier classify(Held first, List<Held> mine, List<Held> theirs, int cases,
                                             LinkStrength strength, NoiseFilter filter) {
        LinkStrength s = filter.listed(first.kind(), first.normalized()) ? LinkStrength.WARNING_LISTED
                : filter.common(cases) ? LinkStrength.COMMON : strength;
        return new SharedIdentifier(first.kind(), first.value(), first.normalized(), s, cases, mine, theirs);
    }

    /** Near matches: the same network, a similar name, close wording. Values already matched exactly are left out. */
    private static java.util.Optional<SharedIdentifier> near(Held first, List<Held> mine, List<Held> exact,
                                                            List<Held> nearHolders, int nearCases,
                                                            LinkSettings settings, NoiseFilter filter) {
        if (first.nearKey() == null) {
            return java.util.Optional.empty();
        }
        IdentifierKind kind = first.kind();
        if (kind == IdentifierKind.IP && !settings.networkMatches()) {
            return java.util.Optional.empty();
        }
        Set<UUID> exactEvidence = new HashSet<>();
        exact.forEach(h -> exactEvidence.add(h.evidenceId()));
        List<Held> candidates = nearHolders.stream()
                .filter(h -> !exactEvidence.contains(h.evidenceId()) && !h.normalized().equals(first.normalized()))
                .filter(h -> switch (kind) {
                    case NAME -> Texts.nameSimilarity(h.normalized(), first.normalized()) >= settings.nameSimilarity();
                    case TEXT_FINGERPRINT -> TextFingerprint.isFingerprint(h.normalized())
                            && TextFingerprint.distance(h.normalized(), first.normalized()) <= settings.textDistance();
                    default -> true;
                }).toList();
        if (candidates.isEmpty()) {
            return java.util.Optional.empty();
        }
        LinkStrength strength = switch (kind) {
            case NAME -> LinkStrength.NEAR_NAME;
            case TEXT_FINGERPRINT -> LinkStrength.NEAR_TEXT;
            default -> LinkStrength.SAME_NETWORK;
        };
        int seen = (int) candidates.stream().map(Held::caseId).distinct().count();
        // A near key held by more cases than the cap comes back with only cap + 1 of them: count them all.
        boolean trimmed = nearCases > nearHolders.stream().map(Held::caseId).distinct().count();
        int cases = (trimmed ? nearCases : seen) + 1;
        boolean listed = kind == IdentifierKind.IP && filter.listedNetwork(first.nearKey());
        LinkStrength s = listed ? LinkStrength.WARNING_LISTED : filter.common(cases) ? LinkStrength.COMMON : strength;
        String shown = kind == IdentifierKind.IP ? first.nearKey() : first.value();
        return java.util.Optional.of(new SharedIdentifier(kind, shown, first.nearKey(), s, cases, mine, candidates));
    }

    // ---- the workspace ----

    /**
     * Every case joined to another by a non-noise shared value (exact matches, and the same network when that setting
     * is on) or a confirmed link, with each edge's reasons, and the clusters they form, largest first.
     */
    public LinkGraph graph() {
        NoiseFilter filter = noise();
        Map<IdentifierKind, List<String>> values = new HashMap<>();
        int[] common = {0};
        store().forEachSharedValue(v -> {
            if (filter.listed(v.kind(), v.normalized())) {
                return;
            }
            if (filter.common(v.cases())) {
                common[0]++;
                return;
            }
            values.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v.normalized());
        });
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        for (Map.Entry<IdentifierKind, List<String>> e : values.entrySet()) {
            Map<String, List<Held>> byValue = new HashMap<>();
            for (Held h : store().holdersOfAll(e.getKey(), e.getValue())) {
                byValue.computeIfAbsent(h.normalized(), k -> new ArrayList<>()).add(h);
                nodes.putIfAbsent(h.caseId().toString(), new Node(h.caseId(), h.reference(), h.subjectName()));
            }
            for (List<Held> holders : byValue.values()) {
                Map<UUID, List<Held>> byCase = new LinkedHashMap<>();
                holders.forEach(h -> byCase.computeIfAbsent(h.caseId(), k -> new ArrayList<>()).add(h));
                List<UUID> cases = new ArrayList<>(byCase.keySet());
                for (int i = 0; i < cases.size(); i++) {
                    for (int j = i + 1; j < cases.size(); j++) {
                        UUID a = cases.get(i);
                        UUID b = cases.get(j);
                        Held any = byCase.get(a).get(0);
                        EdgeBuilder edge = edge(edges, a, b);
                        // Sides follow the edge's order (its cases are sorted), not the order the holders were read.
                        UUID first = edge.a;
                        UUID second = edge.b;
                        edge.add(new LinkGraph.Reason(any.kind(), any.value(), exactStrength(any.kind(),
                                any.normalized()), byCase.get(first), byCase.get(second), null, null));
                    }
                }
            }
        }
        for (CaseLink l : store().allLinks()) {
            nodes.putIfAbsent(l.caseA().toString(), new Node(l.caseA(), l.referenceA(), ""));
            nodes.putIfAbsent(l.caseB().toString(), new Node(l.caseB(), l.referenceB(), ""));
            edge(edges, l.caseA(), l.caseB()).add(new LinkGraph.Reason(null, String.join("; ", l.identifiers()),
                    LinkStrength.CONFIRMED, List.of(), List.of(), l.type().name(), l.reason()));
        }
        List<LinkGraph.Edge> built = edges.values().stream().map(EdgeBuilder::build).toList();
        return new LinkGraph(nodes.values().stream().map(Node::node).sorted(Comparator.comparing(LinkGraph.Node::reference))
                .toList(), built, clusters(nodes.values(), built), common[0]);
    }

    private record Node(UUID id, String reference, String name) {
        LinkGraph.Node node() {
            return new LinkGraph.Node(id, reference, name);
        }
    }

    private static final class EdgeBuilder {
        final UUID a;
        final UUID b;
        final List<LinkGraph.Reason> reasons = new ArrayList<>();

        EdgeBuilder(UUID a, UUID b) {
            this.a = a;
            this.b = b;
        }

        void add(LinkGraph.Reason r) {
            reasons.add(r);
        }

        LinkGraph.Edge build() {
            LinkStrength best = reasons.stream().map(LinkGraph.Reason::strength).min(Comparator.naturalOrder())
                    .orElse(LinkStrength.EXACT);
            return new LinkGraph.Edge(a, b, best, List.copyOf(reasons));
        }
    }

    private static EdgeBuilder edge(Map<String, EdgeBuilder> edges, UUID x, UUID y) {
        UUID a = x.compareTo(y) < 0 ? x : y;
        UUID b = a == x ? y : x;
        return edges.computeIfAbsent(a + "|" + b, k -> new EdgeBuilder(a, b));
    }

    private static List<LinkGraph.Cluster> clusters(Collection<Node> nodes, List<LinkGraph.Edge> edges) {
        Map<UUID, UUID> parent = new HashMap<>();
        nodes.forEach(n -> parent.put(n.id(), n.id()));
        for (LinkGraph.Edge e : edges) {
            parent.put(find(parent, e.caseA()), find(parent, e.caseB()));
        }
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        nodes.forEach(n -> members.computeIfAbsent(find(parent, n.id()), k -> new ArrayList<>()).add(n.id()));
        Map<UUID, int[]> edgeCounts = new HashMap<>();
        Map<UUID, LinkStrength> strongest = new HashMap<>();
        for (LinkGraph.Edge e : edges) {
            UUID root = find(parent, e.caseA());
            edgeCounts.computeIfAbsent(root, k -> new int[1])[0]++;
            strongest.merge(root, e.strength(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        List<Map.Entry<UUID, List<UUID>>> sorted = new ArrayList<>(members.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<UUID, List<UUID>> m) -> -m.getValue().size()));
        List<LinkGraph.Cluster> out = new ArrayList<>();
        for (Map.Entry<UUID, List<UUID>> m : sorted) {
            out.add(new LinkGraph.Cluster(out.size() + 1, List.copyOf(m.getValue()),
                    edgeCounts.getOrDefault(m.getKey(), new int[1])[0], strongest.getOrDefault(m.getKey(), LinkStrength.EXACT)));
        }
        return out;
    }

    private static UUID find(Map<UUID, UUID> parent, UUID x) {
        UUID root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!parent.get(x).equals(root)) {
            UUID next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    // ---- confirmed links ----

    public CaseLink confirm(UUID caseId, UUID otherCase, LinkType type, String reason, List<String> identifiers) {
        return store().confirm(caseId, otherCase, type, reason, identifiers);
    }

    public CaseLink removeLink(UUID linkId) {
        return store().remove(linkId);
    }

    // ---- warning lists and settings ----

    public List<WarningEntry> warnings() {
        return store().warnings();
    }

    /**
     * Adds a value to a warning list, normalised the way the index holds it. {@code matchKind} is an identifier kind's
     * name, {@link WarningEntry#EMAIL_DOMAIN} or {@link WarningEntry#IP_RANGE}.
     */
    public WarningEntry addWarning(WarningEntry.WarningList list, String matchKind, String value, String note) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new ValidationException(List.of(new Violation("value", "validation.required")));
        }
        String normalized = switch (matchKind) {
            case WarningEntry.EMAIL_DOMAIN -> {
                String d = EmailNormalizer.asciiDomain(CleanText.lower(v.startsWith("@") ? v.substring(1) : v));
                if (!d.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                    throw new ValidationException(List.of(new Violation("value", "links.warning.badDomain")));
                }
                yield d;
            }
            case WarningEntry.IP_RANGE -> IpRange.parse(v).map(IpRange::text).orElseThrow(() ->
                    new ValidationException(List.of(new Violation("value", "links.warning.badRange"))));
            default -> Identifier.of(IdentifierKind.valueOf(matchKind), "warning", v).normalized();
        };
        WarningEntry e = store().addWarning(list, matchKind, v, normalized, note == null ? "" : note.strip());
        return e;
    }

    public void removeWarning(UUID id) {
        store().removeWarning(id);
    }

    public LinkSettings settings() {
        return store().settings();
    }

    /** Checks and saves the settings; a new phone region re-normalises the index. */
    public LinkSettings saveSettings(LinkSettings s) {
        List<Violation> problems = new ArrayList<>();
        if (!Normalizers.knownRegion(s.defaultRegion() == null ? "" : s.defaultRegion().toUpperCase(Locale.ROOT))) {
            problems.add(new Violation("defaultRegion", "links.settings.badRegion"));
        }
        if (s.frequencyCap() < LinkSettings.MIN_CAP || s.frequencyCap() > LinkSettings.MAX_CAP) {
            problems.add(new Violation("frequencyCap", "links.settings.badCap", LinkSettings.MIN_CAP, LinkSettings.MAX_CAP));
        }
        if (s.nameSimilarity() < 0.5 || s.nameSimilarity() > 1.0) {
            problems.add(new Violation("nameSimilarity", "links.settings.badSimilarity"));
        }
        if (s.textDistance() < 0 || s.textDistance() > 16) {
            problems.add(new Violation("textDistance", "links.settings.badDistance"));
        }
        ValidationException.throwIfAny(problems);
        LinkSettings saved = store().saveSettings(new LinkSettings(s.defaultRegion().toUpperCase(Locale.ROOT),
                s.networkMatches(), s.frequencyCap(), s.nameSimilarity(), s.textDistance()));
        return saved;
    }
}
