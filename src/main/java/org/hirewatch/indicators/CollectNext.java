package org.hirewatch.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hirewatch.domain.Assessment;
import org.hirewatch.domain.EvidenceNeed;

/**
 * Which evidence to collect next: the needs of the indicators that could not run, ranked by how many indicators each
 * would help to run, then by their summed weight, so that the heaviest gaps come first.
 * <p>
 * A need for a whole kind ("any contact channel") is also met by an item of that kind carrying a wanted field, so a
 * field's suggestion counts the indicators that want the kind too, and a kind's own suggestion is left out when a
 * field of that kind is suggested anyway. Checklist questions are not collected but answered, so they are left out.
 */
public final class CollectNext {
    private CollectNext() {
    }

    /** One piece of evidence to collect, and the indicators it would help to run. */
    public record Suggestion(EvidenceNeed need, List<String> indicatorIds, double weight) {
        public Suggestion {
            indicatorIds = List.copyOf(indicatorIds);
        }

        public int helps() {
            return indicatorIds.size();
        }
    }

    /**
     * @param missing  the indicators that could not run, with what each lacks
     * @param weightOf the configured weight of an indicator
     */
    public static List<Suggestion> rank(List<Assessment.MissingCheck> missing, ToDoubleFunction<String> weightOf) {
        Map<EvidenceNeed, Set<String>> byNeed = new LinkedHashMap<>();
        for (Assessment.MissingCheck m : missing) {
            for (EvidenceNeed n : m.missing()) {
                if (!CheckEngine.CHECKLIST.equals(n.kind())) {
                    byNeed.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(m.indicatorId());
                }
            }
        }
        Set<String> kindsWithFields = new LinkedHashSet<>();
        byNeed.keySet().stream().filter(n -> !n.field().isEmpty()).forEach(n -> kindsWithFields.add(n.kind()));
        List<Suggestion> out = new ArrayList<>();
        for (Map.Entry<EvidenceNeed, Set<String>> e : byNeed.entrySet()) {
            EvidenceNeed need = e.getKey();
            if (need.field().isEmpty() && kindsWithFields.contains(need.kind())) {
                continue;
            }
            Set<String> helped = new LinkedHashSet<>(e.getValue());
            if (!need.field().isEmpty()) {
                helped.addAll(byNeed.getOrDefault(new EvidenceNeed(need.kind(), ""), Set.of()));
            }
            double weight = helped.stream().mapToDouble(weightOf).sum();
            out.add(new Suggestion(need, List.copyOf(helped), weight));
        }
        out.sort(Comparator.comparingInt(Suggestion::helps).reversed()
                .thenComparing(Comparator.comparingDouble(Suggestion::weight).reversed())
                .thenComparing(s -> s.need().kind()).thenComparing(s -> s.need().field()));
        return out;
    }
}
