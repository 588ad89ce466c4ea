package org.hirewatch.ui.training;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.hirewatch.ui.common.I18n;

/**
 * The strip above the main screen of the demo workspace: says that everything here is invented, and offers the
 * training screens and a reset. Built around the main screen so the real main screen never needs to know about demos.
 */
public final class DemoBanner {
    public static final String STYLE = "demo-banner";

    private DemoBanner() {
    }

    public static Parent wrap(Parent main, I18n i18n, Runnable reset, Runnable walkthrough) {
        Label text = new Label(i18n.text("training.banner.text"));
        text.setWrapText(true);
        text.setId("demoBannerText");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button walk = new Button(i18n.text("training.banner.walkthrough"));
        walk.setId("demoWalkthroughButton");
        walk.setOnAction(e -> walkthrough.run());
        Button resetButton = new Button(i18n.text("training.banner.reset"));
        resetButton.setId("demoResetButton");
        resetButton.setOnAction(e -> reset.run());
        walk.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        resetButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, text, walk, resetButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add(STYLE);
        bar.setStyle("-fx-background-color: #fff3cd; -fx-border-color: #e0b84c; -fx-border-width: 0 0 1 0;");
        text.setStyle("-fx-text-fill: #5c4400; -fx-font-weight: bold;");
        BorderPane root = new BorderPane(main);
        root.setTop(bar);
        return root;
    }
}
