package org.hirewatch.ui.common;

import java.util.Locale;
import javafx.scene.Node;
import org.hirewatch.domain.RiskBand;

/**
 * The colour of a risk band, as a style class ({@code risk-high}, ..., {@code risk-none} for a case never checked).
 * Colour only ever repeats what the band's text already says.
 */
public final class RiskStyle {
    private static final String PREFIX = "risk-";

    private RiskStyle() {
    }

    public static String styleClass(RiskBand band) {
        return PREFIX + (band == null ? "none" : band.name().toLowerCase(Locale.ROOT));
    }

    /** Replaces the node's band style class with the one of {@code band}. */
    public static void apply(Node node, RiskBand band) {
        node.getStyleClass().removeIf(c -> c.startsWith(PREFIX) && !c.equals("risk-badge"));
        node.getStyleClass().add(styleClass(band));
    }
}
