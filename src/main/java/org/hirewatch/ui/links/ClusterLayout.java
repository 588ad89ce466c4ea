package org.hirewatch.ui.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hirewatch.links.LinkGraph;

/**
 * A deterministic force-directed layout (Fruchterman-Reingold on a fixed start circle, no randomness): clusters are laid
 * out one by one and packed in rows, largest first, so the same graph always looks the same. Pure computation, run
 * off the JavaFX thread.
 */
public final class ClusterLayout {
    public static final double NODE_SPACING = 90;
    private static final int ROUNDS = 120;

    public record Point(double x, double y) {
    }

    private ClusterLayout() {
    }

    public static Map<UUID, Point> layout(LinkGraph graph, double rowWidth) {
        Map<UUID, Point> out = new HashMap<>();
        double x0 = 0;
        double y0 = 0;
        double rowHeight = 0;
        Map<UUID, String> references = new HashMap<>();
        graph.nodes().forEach(n -> references.put(n.caseId(), n.reference()));
        for (LinkGraph.Cluster c : graph.clusters()) {
            // Sorted so that the same graph always starts from the same circle, whatever order it was built in.
            List<UUID> ids = c.cases().stream().sorted(java.util.Comparator.comparing(id -> references.getOrDefault(id, ""))).toList();
            List<LinkGraph.Edge> edges = graph.edges().stream().filter(e -> ids.contains(e.caseA())).toList();
            Map<UUID, double[]> pos = place(ids, edges);
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (double[] p : pos.values()) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
            double w = maxX - minX + NODE_SPACING * 1.5;
            double h = maxY - minY + NODE_SPACING * 1.2;
            if (x0 > 0 && x0 + w > rowWidth) {
                x0 = 0;
                y0 += rowHeight;
                rowHeight = 0;
            }
            for (Map.Entry<UUID, double[]> e : pos.entrySet()) {
                out.put(e.getKey(), new Point(x0 + e.getValue()[0] - minX + NODE_SPACING * 0.75,
                        y0 + e.getValue()[1] - minY + NODE_SPACING * 0.6));
            }
            x0 += w;
            rowHeight = Math.max(rowHeight, h);
        }
        return out;
    }

    private static Map<UUID, double[]> place(List<UUID> ids, List<LinkGraph.Edge> edges) {
        int n = ids.size();
        Map<UUID, double[]> pos = new HashMap<>();
        double radius = NODE_SPACING * Math.max(0.5, n / (2 * Math.PI));
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            pos.put(ids.get(i), new double[] {radius * Math.cos(a), radius * Math.sin(a)});
        }
        if (n < 3) {
            // Two cases side by side: far enough apart that their references do not run into each other.
            pos.values().forEach(p -> {
                p[0] *= 1.6;
                p[1] *= 1.6;
            });
            return pos;
        }
        double k = NODE_SPACING;
        double temperature = radius;
        List<double[]> points = new ArrayList<>();
        ids.forEach(id -> points.add(pos.get(id)));
        for (int round = 0; round < ROUNDS; round++) {
            double[][] move = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = points.get(i)[0] - points.get(j)[0];
                    double dy = points.get(i)[1] - points.get(j)[1];
                    double d = Math.max(1, Math.hypot(dx, dy));
                    double f = k * k / d;
                    move[i][0] += dx / d * f;
                    move[i][1] += dy / d * f;
                    move[j][0] -= dx / d * f;
                    move[j][1] -= dy / d * f;
                }
            }
            for (LinkGraph.Edge e : edges) {
                int i = ids.indexOf(e.caseA());
                int j = ids.indexOf(e.caseB());
                double dx = points.get(i)[0] - points.get(j)[0];
                double dy = points.get(i)[1] - points.get(j)[1];
                double d = Math.max(1, Math.hypot(dx, dy));
                double f = d * d / k;
                move[i][0] -= dx / d * f;
                move[i][1] -= dy / d * f;
                move[j][0] += dx / d * f;
                move[j][1] += dy / d * f;
            }
            for (int i = 0; i < n; i++) {
                double d = Math.max(1e-9, Math.hypot(move[i][0], move[i][1]));
                double step = Math.min(d, temperature);
                points.get(i)[0] += move[i][0] / d * step;
                points.get(i)[1] += move[i][1] / d * step;
            }
            temperature *= 0.95;
        }
        return pos;
    }
}
