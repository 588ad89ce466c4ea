package org.hirewatch.ui.links;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.hirewatch.links.LinkGraph;
import org.hirewatch.links.LinkStrength;
import org.hirewatch.ui.common.I18n;

/** Binds the cluster screen to its view model and draws the graph it holds (styles in links.css). */
public final class ClusterController {
    private static final double RADIUS = 14;
    private final ClusterViewModel vm;
    private final I18n i18n;
    private final Map<UUID, Circle> circles = new HashMap<>();
    private final Map<LinkGraph.Edge, Line> lines = new HashMap<>();

    @FXML private Label summaryLabel;
    @FXML private ListView<ClusterViewModel.ClusterItem> clusterList;
    @FXML private ScrollPane graphScroll;
    @FXML private Pane graphPane;
    @FXML private Slider zoomSlider;
    @FXML private TextArea explanationArea;

    public ClusterController(ClusterViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(vm.summaryProperty());
        explanationArea.textProperty().bind(vm.explanationProperty());
        clusterList.setItems(vm.clusters());
        clusterList.setPlaceholder(new Label(i18n.text("clusters.none")));
        // Wrapped cells: a cluster's references are a long line, and a horizontal scroll bar hides most of the list.
        clusterList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(ClusterViewModel.ClusterItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        vm.selectedClusterProperty().bind(clusterList.getSelectionModel().selectedItemProperty());
        vm.selectedClusterProperty().addListener((o, old, c) -> highlight(c));
        clusterList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openSelectedCluster();
                e.consume();
            }
        });
        clusterList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.openSelectedCluster();
            }
        });
        graphPane.scaleXProperty().bind(zoomSlider.valueProperty());
        graphPane.scaleYProperty().bind(zoomSlider.valueProperty());
        vm.drawingProperty().addListener((o, old, d) -> draw(d));
        draw(vm.drawingProperty().get());
    }

    private void draw(ClusterViewModel.Drawing d) {
        graphPane.getChildren().clear();
        circles.clear();
        lines.clear();
        Map<UUID, ClusterViewModel.DrawnNode> at = new HashMap<>();
        d.nodes().forEach(n -> at.put(n.caseId(), n));
        Group edgeLayer = new Group();
        Group nodeLayer = new Group();
        for (ClusterViewModel.DrawnEdge de : d.edges()) {
            ClusterViewModel.DrawnNode a = at.get(de.edge().caseA());
            ClusterViewModel.DrawnNode b = at.get(de.edge().caseB());
            Line line = new Line(a.x(), a.y(), b.x(), b.y());
            line.getStyleClass().addAll("cluster-edge", edgeStyle(de.edge().strength()));
            line.setMouseTransparent(true);
            // A thin or dashed line is hard to hit: a wide invisible line on top takes the clicks.
            Line hit = new Line(a.x(), a.y(), b.x(), b.y());
            hit.getStyleClass().add("cluster-edge-hit");
            Tooltip.install(hit, new Tooltip(i18n.text("clusters.edge.tooltip", a.reference(), b.reference(),
                    i18n.text(de.edge().strength().labelKey()))));
            hit.setOnMouseClicked(e -> select(de.edge()));
            lines.put(de.edge(), line);
            edgeLayer.getChildren().addAll(line, hit);
        }
        for (ClusterViewModel.DrawnNode n : d.nodes()) {
            Circle c = new Circle(n.x(), n.y(), RADIUS);
            c.getStyleClass().add("cluster-node");
            Tooltip.install(c, new Tooltip(n.tooltip()));
            c.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    vm.openCase(n.caseId());
                } else {
                    clusterList.getSelectionModel().select(vm.clusters().stream()
                            .filter(ci -> ci.cluster().number() == n.cluster()).findFirst().orElse(null));
                }
            });
            Label label = new Label(n.reference());
            label.getStyleClass().add("cluster-label");
            label.setMouseTransparent(true);
            label.setLayoutX(n.x());
            label.setLayoutY(n.y() + RADIUS + 2);
            label.translateXProperty().bind(label.widthProperty().divide(-2));
            circles.put(n.caseId(), c);
            nodeLayer.getChildren().addAll(c, label);
        }
        graphPane.getChildren().addAll(edgeLayer, nodeLayer);
        highlight(vm.selectedClusterProperty().get());
    }

    private void select(LinkGraph.Edge edge) {
        lines.forEach((e, l) -> l.getStyleClass().remove("cluster-edge-selected"));
        Line l = lines.get(edge);
        if (l != null) {
            l.getStyleClass().add("cluster-edge-selected");
        }
        vm.selectedEdgeProperty().set(edge);
    }

    private void highlight(ClusterViewModel.ClusterItem item) {
        circles.forEach((id, c) -> {
            c.getStyleClass().remove("cluster-node-selected");
            if (item != null && item.cluster().cases().contains(id)) {
                c.getStyleClass().add("cluster-node-selected");
            }
        });
        if (item != null && !item.cluster().cases().isEmpty()) {
            Circle first = circles.get(item.cluster().cases().get(0));
            if (first != null && graphPane.getWidth() > 0 && graphPane.getHeight() > 0) {
                double scale = zoomSlider.getValue();
                graphScroll.setHvalue(Math.max(0, Math.min(1, first.getCenterX() * scale / (graphPane.getWidth() * scale))));
                graphScroll.setVvalue(Math.max(0, Math.min(1, first.getCenterY() * scale / (graphPane.getHeight() * scale))));
            }
        }
    }

    private static String edgeStyle(LinkStrength s) {
        if (s == LinkStrength.CONFIRMED) {
            return "cluster-edge-confirmed";
        }
        return s.isWeak() ? "cluster-edge-weak" : "cluster-edge-exact";
    }
}
