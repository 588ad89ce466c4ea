package org.hirewatch.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hirewatch.domain.CheckMode;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.IndicatorSetting;

/**
 * The indicators as one workspace runs them: the catalogue with the workspace's switches, weights and parameters,
 * plus its custom indicators.
 */
public final class IndicatorConfig {
    private final Catalogue catalogue;
    private final Map<String, IndicatorSetting> settings;
    private final List<CustomIndicator> customs;
    /** Immutable once built: runs over many cases ask for it per case, on several threads. */
    private final List<Active> active;
    private final Map<String, Active> byId = new HashMap<>();

    public IndicatorConfig(Catalogue catalogue, Map<String, IndicatorSetting> settings, List<CustomIndicator> customs) {
        this.catalogue = catalogue;
        this.settings = Map.copyOf(settings);
        this.customs = List.copyOf(customs);
        List<Active> active = new ArrayList<>();
        for (IndicatorDefinition d : catalogue.indicators()) {
            IndicatorSetting s = settings.getOrDefault(d.id(), IndicatorSetting.defaults(d.id()));
            active.add(new Active(d, s.enabled(), s.weight() == null ? d.weight() : s.weight(),
                    new Params(d, s.parameters()), null));
        }
        for (CustomIndicator c : customs) {
            IndicatorDefinition d = new IndicatorDefinition(c.id(), c.category(), c.severity(), c.weight(),
                    CheckMode.AUTOMATIC, false, c.kind() == null ? List.of() : List.of(EvidenceNeed.of(c.kind())),
                    List.of(), List.of(), c.title());
            active.add(new Active(d, c.enabled(), c.weight(), Params.defaults(d), c));
        }
        this.active = List.copyOf(active);
        this.active.forEach(a -> byId.putIfAbsent(a.id(), a));
    }

    public static IndicatorConfig defaults(Catalogue catalogue) {
        return new IndicatorConfig(catalogue, Map.of(), List.of());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public List<Active> all() {
        return List.copyOf(active);
    }

    public List<Active> enabled() {
        return active.stream().filter(Active::enabled).toList();
    }

    public Optional<Active> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public IndicatorSetting setting(String id) {
        return settings.getOrDefault(id, IndicatorSetting.defaults(id));
    }

    public List<CustomIndicator> customs() {
        return customs;
    }

    /** An indicator as configured: on or off, its weight, its parameters; {@code custom} is set for custom ones. */
    public record Active(IndicatorDefinition definition, boolean enabled, double weight, Params params,
                         CustomIndicator custom) {
        public String id() {
            return definition.id();
        }
    }
}
