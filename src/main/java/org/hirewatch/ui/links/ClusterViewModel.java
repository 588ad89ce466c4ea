package org.hirewatch.ui.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hirewatch.domain.Assessment;
import org.hirewatch.links.LinkGraph;
import org.hirewatch.links.LinkService;
import org.hirewatch.store.LinkStore.Held;
import org.hirewatch.store.Workspace;
import org.hirewatch.ui.common.I18n;
import org.hirewatch.ui.common.TaskRunner;

/**
 * The workspace's link clusters: the graph and its layout (computed in the background), the cluster list, the cluster
 * and edge in focus, and the explanation of that edge.
 */
public final class ClusterViewModel {
    /** One case as drawn: where, its label and its tooltip. */
    public record DrawnNode(UUID caseId, String reference, String tooltip, double x, double y, int cluster) {
    }

    /** One edge as drawn, with its strength. */
    public record DrawnEdge(LinkGraph.Edge edge, int cluster) {
    }

    public record Drawing(List<DrawnNode> nodes, List<DrawnEdge> edges) {
        static final Drawing EMPTY = new Drawing(List.of(), List.of());
    }

    /** A line of the cluster list. */
    public record ClusterItem(LinkGraph.Cluster cluster, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private record Loaded(LinkGraph graph, Map<UUID, ClusterLayout.Point> layout, Map<UUID, String> tooltips, long cases) {
    }

    private final LinkService links;
    private final Workspace ws;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Consumer<UUID> openCase;
    private final ObservableList<ClusterItem> clusters = FXCollections.observableArrayList();
    private final ObjectProperty<Drawing> drawing = new SimpleObjectProperty<>(Drawing.EMPTY);
    private final ObjectProperty<ClusterItem> selectedCluster = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkGraph.Edge> selectedEdge = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final Map<UUID, String> references = new HashMap<>();

    public ClusterViewModel(LinkService links, Workspace ws, TaskRunner tasks, I18n i18n, Consumer<UUID> openCase) {
        this.links = links;
        this.ws = ws;
        this.tasks = tasks;
        this.i18n = i18n;
        this.openCase = openCase;
        explanation.set(i18n.text("clusters.edge.hint"));
        selectedEdge.addListener((o, old, e) -> explanation.set(e == null ? i18n.text("clusters.edge.hint") : explain(e)));
    }

    public void load() {
        summary.set(i18n.text("clusters.loading"));
        tasks.run(i18n.text("clusters.loading"), () -> {
            LinkGraph g = links.graph();
            Map<UUID, String> tips = new HashMap<>();
            for (LinkGraph.Node n : g.nodes()) {
                String band = ws.checks().assessment(n.caseId()).map(Assessment::band)
                        .map(b -> i18n.text(b.messageKey())).orElse(i18n.text("clusters.node.notChecked"));
                String title = ws.cases().get(n.caseId()).title();
                tips.put(n.caseId(), i18n.text("clusters.node.tooltip", n.reference(), title, n.subjectName(), band));
            }
            return new Loaded(g, ClusterLayout.layout(g, 1100), tips, ws.cases().count());
        }, this::show, e -> summary.set(i18n.text("clusters.failed", String.valueOf(e.getMessage()))));
    }

    private void show(Loaded l) {
        Map<UUID, Integer> clusterOf = new HashMap<>();
        List<ClusterItem> items = new ArrayList<>();
        for (LinkGraph.Cluster c : l.graph().clusters()) {
            c.cases().forEach(id -> clusterOf.put(id, c.number()));
        }
        List<DrawnNode> nodes = new ArrayList<>();
        for (LinkGraph.Node n : l.graph().nodes()) {
            references.put(n.caseId(), n.reference());
            ClusterLayout.Point p = l.layout().get(n.caseId());
            nodes.add(new DrawnNode(n.caseId(), n.reference(), l.tooltips().get(n.caseId()), p.x(), p.y(),
                    clusterOf.get(n.caseId())));
        }
        for (LinkGraph.Cluster c : l.graph().clusters()) {
            String refs = String.join(", ", c.cases().stream().map(references::get).sorted().toList());
            items.add(new ClusterItem(c, i18n.text("clusters.item", c.number(), c.cases().size(),
                    i18n.text(c.strongest().labelKey()), refs)));
        }
        List<DrawnEdge> edges = l.graph().edges().stream().map(e -> new DrawnEdge(e, clusterOf.get(e.caseA()))).toList();
        long singletons = l.cases() - l.graph().nodes().size();
        summary.set(i18n.text("clusters.summary", l.graph().clusters().size(), l.graph().nodes().size(), singletons,
                l.graph().commonValuesLeftOut()));
        clusters.setAll(items);
        drawing.set(new Drawing(nodes, edges));
    }

    private String explain(LinkGraph.Edge e) {
        StringBuilder sb = new StringBuilder(i18n.text("clusters.edge.title", references.get(e.caseA()),
                references.get(e.caseB()), i18n.text(e.strength().labelKey())));
        for (LinkGraph.Reason r : e.reasons()) {
            sb.append("\n\n");
            if (r.confirmedType() != null) {
                sb.append(i18n.text("clusters.edge.confirmed", i18n.text("links.type." + r.confirmedType()),
                        r.confirmedReason(), r.value()));
            } else {
                sb.append(i18n.text("clusters.edge.shared", i18n.text("links.kind." + r.kind().name()), r.value(),
                        i18n.text(r.strength().labelKey())));
                sb.append('\n').append(side(r.sideA())).append('\n').append(side(r.sideB()));
            }
        }
        return sb.toString();
    }

    /** One side of a reason, named by its own evidence's case (a reason's sides need not follow the edge's order). */
    private String side(List<Held> held) {
        String reference = held.isEmpty() ? "" : references.getOrDefault(held.get(0).caseId(), held.get(0).reference());
        return i18n.text("clusters.edge.side", reference, String.join("; ", held.stream()
                .map(h -> i18n.text("evidence.kind." + h.evidenceKind().name().toLowerCase(java.util.Locale.ROOT)) + " (" + h.field() + ": " + h.value() + ")")
                .toList()));
    }

    public void openCase(UUID caseId) {
        if (caseId != null) {
            openCase.accept(caseId);
        }
    }

    /** Opens the first case of the selected cluster (Enter on the list). */
    public void openSelectedCluster() {
        ClusterItem c = selectedCluster.get();
        if (c != null && !c.cluster().cases().isEmpty()) {
            openCase(c.cluster().cases().stream().min(java.util.Comparator.comparing(references::get)).orElseThrow());
        }
    }

    public ObservableList<ClusterItem> clusters() {
        return clusters;
    }

    public ObjectProperty<Drawing> drawingProperty() {
        return drawing;
    }

    public ObjectProperty<ClusterItem> selectedClusterProperty() {
        return selectedCluster;
    }

    public ObjectProperty<LinkGraph.Edge> selectedEdgeProperty() {
        return selectedEdge;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
