package org.hirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hirewatch.domain.CustomIndicator;
import org.hirewatch.domain.IndicatorSetting;
import org.hirewatch.domain.ValidationException;
import org.hirewatch.store.WorkspaceException.Reason;
import org.jdbi.v3.core.Handle;

/**
 * A workspace's indicator choices: switches, weights and parameters of catalogue indicators, and custom indicators.
 * Every change is audited with its before and after.
 */
public final class IndicatorSettingsStore {
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };
    private final Workspace ws;

    IndicatorSettingsStore(Workspace ws) {
        this.ws = ws;
    }

    public Map<String, IndicatorSetting> settings() {
        return ws.read(h -> {
            Map<String, IndicatorSetting> out = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM indicator_setting ORDER BY indicator_id")
                    .map((rs, ctx) -> new IndicatorSetting(rs.getString("indicator_id"), rs.getBoolean("enabled"),
                            (Double) rs.getObject("weight"), Json.read(rs.getString("params_json"), PARAMS)))
                    .forEach(s -> out.put(s.indicatorId(), s));
            return out;
        });
    }

    /** Saves one indicator's setting; the caller has checked parameter values against the catalogue. */
    public IndicatorSetting save(IndicatorSetting setting) {
        return ws.write(h -> {
            Optional<IndicatorSetting> before = h.createQuery("SELECT * FROM indicator_setting WHERE indicator_id = :i")
                    .bind("i", setting.indicatorId())
                    .map((rs, ctx) -> new IndicatorSetting(rs.getString("indicator_id"), rs.getBoolean("enabled"),
                            (Double) rs.getObject("weight"), Json.read(rs.getString("params_json"), PARAMS))).findOne();
            h.createUpdate("MERGE INTO indicator_setting (indicator_id, enabled, weight, params_json, updated_at,"
                            + " updated_by) KEY (indicator_id) VALUES (:i, :e, :w, :p, :at, :by)")
                    .bind("i", setting.indicatorId()).bind("e", setting.enabled()).bind("w", setting.weight())
                    .bind("p", Json.write(new LinkedHashMap<>(setting.parameters()))).bind("at", Clock.now())
                    .bind("by", ws.actor()).execute();
            ws.appendAudit(h, "indicator.setting", "indicator", null, null,
                    before.orElse(IndicatorSetting.defaults(setting.indicatorId())), setting);
            return setting;
        });
    }

    public List<CustomIndicator> customs() {
        return ws.read(this::customs);
    }

    private List<CustomIndicator> customs(Handle h) {
        List<CustomIndicator> out = new ArrayList<>();
        h.createQuery("SELECT definition_json, version FROM custom_indicator ORDER BY id")
                .map((rs, ctx) -> withVersion(Json.read(rs.getString(1), new TypeReference<CustomIndicator>() {
                }), rs.getInt(2))).forEach(out::add);
        return out;
    }

    /**
     * Adds a custom indicator (when its id is null: it gets the next CUS-nn id) or replaces one, checking the version
     * so that two edits do not overwrite each other.
     */
    public CustomIndicator saveCustom(CustomIndicator c) {
        ValidationException.throwIfAny(c.validate());
        return ws.write(h -> {
            List<CustomIndicator> all = customs(h);
            if (c.id() == null) {
                int next = all.stream().map(CustomIndicator::id)
                        .mapToInt(id -> Integer.parseInt(id.substring(CustomIndicator.ID_PREFIX.length()))).max().orElse(0) + 1;
                CustomIndicator saved = new CustomIndicator(String.format("%s%02d", CustomIndicator.ID_PREFIX, next),
                        c.title(), c.category(), c.severity(), c.weight(), c.kind(), c.conditions(), c.enabled(), 1);
                h.createUpdate("INSERT INTO custom_indicator (id, definition_json, created_at, updated_at, version)"
                                + " VALUES (:id, :d, :at, :at, 1)")
                        .bind("id", saved.id()).bind("d", Json.write(saved)).bind("at", Clock.now()).execute();
                ws.appendAudit(h, "indicator.custom.add", "indicator", null, null, null, saved);
                return saved;
            }
            CustomIndicator before = all.stream().filter(x -> x.id().equals(c.id())).findFirst()
                    .orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, c.id()));
            if (before.version() != c.version()) {
                throw new WorkspaceException(Reason.CHANGED_ELSEWHERE, c.id());
            }
            CustomIndicator saved = withVersion(c, c.version() + 1);
            h.createUpdate("UPDATE custom_indicator SET definition_json = :d, updated_at = :at, version = :v WHERE id = :id")
                    .bind("d", Json.write(saved)).bind("at", Clock.now()).bind("v", saved.version())
                    .bind("id", c.id()).execute();
            ws.appendAudit(h, "indicator.custom.update", "indicator", null, null, before, saved);
            return saved;
        });
    }

    public void deleteCustom(String id) {
        ws.write(h -> {
            CustomIndicator before = customs(h).stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND, id));
            h.createUpdate("DELETE FROM custom_indicator WHERE id = :id").bind("id", id).execute();
            h.createUpdate("UPDATE finding SET active = FALSE WHERE indicator_id = :id").bind("id", id).execute();
            ws.appendAudit(h, "indicator.custom.delete", "indicator", null, null, before, null);
            return null;
        });
    }

    private static CustomIndicator withVersion(CustomIndicator c, int version) {
        return new CustomIndicator(c.id(), c.title(), c.category(), c.severity(), c.weight(), c.kind(), c.conditions(),
                c.enabled(), version);
    }
}
