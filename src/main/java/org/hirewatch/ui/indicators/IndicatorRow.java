package org.hirewatch.ui.indicators;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.hirewatch.domain.Severity;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.ui.common.I18n;

/**
 * One line of the indicator table: a catalogue or custom indicator as this workspace runs it, with its texts already
 * translated. The switch is a property so that the table's check box can flip it; the screen saves the change.
 */
public final class IndicatorRow {
    private final IndicatorConfig.Active active;
    private final String title;
    private final String categoryLabel;
    private final String severityLabel;
    private final String modeLabel;
    private final boolean changed;
    private final BooleanProperty enabled;

    IndicatorRow(IndicatorConfig.Active active, boolean changed, I18n i18n) {
        this.active = active;
        this.changed = changed;
        this.title = IndicatorTexts.title(i18n, active.definition());
        this.categoryLabel = IndicatorTexts.category(i18n, active.definition().category());
        this.severityLabel = i18n.text(active.definition().severity().messageKey());
        this.modeLabel = i18n.text(switch (active.definition().mode()) {
            case AUTOMATIC -> "indicators.mode.automatic";
            case ASSISTED -> "indicators.mode.assisted";
            case MANUAL -> "indicators.mode.manual";
        });
        this.enabled = new SimpleBooleanProperty(this, "enabled", active.enabled());
    }

    public IndicatorConfig.Active active() {
        return active;
    }

    public String id() {
        return active.id();
    }

    public String title() {
        return title;
    }

    public String category() {
        return active.definition().category();
    }

    public String categoryLabel() {
        return categoryLabel;
    }

    public Severity severity() {
        return active.definition().severity();
    }

    public String severityLabel() {
        return severityLabel;
    }

    /** A short word for the table column; the details pane says it in full. */
    public String modeLabel() {
        return modeLabel;
    }

    public double weight() {
        return active.weight();
    }

    /** The workspace changed the weight or a parameter of this catalogue indicator. */
    public boolean changed() {
        return changed;
    }

    public boolean isCustom() {
        return active.custom() != null;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    boolean matches(String category, String text) {
        if (category != null && !category.equals(category())) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return id().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || title.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || categoryLabel.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
