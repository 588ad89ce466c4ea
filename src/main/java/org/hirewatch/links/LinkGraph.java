package org.hirewatch.links;

import java.util.List;
import java.util.UUID;
import org.hirewatch.domain.IdentifierKind;
import org.hirewatch.store.LinkStore.Held;

/** The workspace's cases joined by shared values and confirmed links, split into clusters (connected components). */
public record LinkGraph(List<Node> nodes, List<Edge> edges, List<Cluster> clusters, int commonValuesLeftOut) {

    public record Node(UUID caseId, String reference, String subjectName) {
    }

    /**
     * Why two cases are joined: one shared value, with the evidence in the edge's first case ({@code sideA}) and in its
     * second ({@code sideB}); or a confirmed link.
     */
    public record Reason(IdentifierKind kind, String value, LinkStrength strength, List<Held> sideA, List<Held> sideB,
                         String confirmedType, String confirmedReason) {
    }

    /** An edge between two cases; its strength is the strongest of its reasons. */
    public record Edge(UUID caseA, UUID caseB, LinkStrength strength, List<Reason> reasons) {
    }

    public record Cluster(int number, List<UUID> cases, int edges, LinkStrength strongest) {
    }
}
