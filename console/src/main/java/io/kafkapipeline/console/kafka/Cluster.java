package io.kafkapipeline.console.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.FeatureMetadata;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.common.Node;

/** Brokers and KRaft controllers: roles, the active controller, the metadata version. */
public final class Cluster {

    /** One node of the cluster as the console shows it. */
    public record NodeInfo(
            int id, String host, int port, String rack, boolean broker, boolean controller, boolean activeController) {
        @JsonProperty
        public String roles() {
            List<String> roles = new ArrayList<>();
            if (broker) {
                roles.add("broker");
            }
            if (controller) {
                roles.add(activeController ? "controller (active)" : "controller");
            }
            return String.join(", ", roles);
        }
    }

    /** The cluster: id, nodes, the active controller (KRaft quorum leader) and the finalized metadata.version. */
    public record Overview(
            String clusterId, List<NodeInfo> nodes, int activeController, String metadataVersion, List<String> notes) {}

    private final Admin admin;

    public Cluster(Admin admin) {
        this.admin = admin;
    }

    public Overview overview() {
        DescribeClusterResult cluster = admin.describeCluster();
        String clusterId = KafkaClients.get(cluster.clusterId());
        Collection<Node> brokers = KafkaClients.get(cluster.nodes());
        List<String> notes = new ArrayList<>();
        int leader = -1;
        Set<Integer> voters = Set.of();
        try {
            QuorumInfo quorum = KafkaClients.get(admin.describeMetadataQuorum().quorumInfo());
            leader = quorum.leaderId();
            voters = quorum.voters().stream()
                    .map(QuorumInfo.ReplicaState::replicaId)
                    .collect(Collectors.toSet());
        } catch (KafkaException e) {
            notes.add("KRaft quorum not readable: " + e.getMessage());
        }
        String metadataVersion = "?";
        try {
            FeatureMetadata features = KafkaClients.get(admin.describeFeatures().featureMetadata());
            var finalized = features.finalizedFeatures().get("metadata.version");
            if (finalized != null) {
                metadataVersion = "level " + finalized.maxVersionLevel();
            }
        } catch (KafkaException e) {
            notes.add("features not readable: " + e.getMessage());
        }
        Map<Integer, NodeInfo> nodes = new TreeMap<>();
        for (Node n : brokers) {
            nodes.put(
                    n.id(),
                    new NodeInfo(
                            n.id(), n.host(), n.port(), n.rack(), true, voters.contains(n.id()), n.id() == leader));
        }
        int active = leader;
        for (int voter : voters) {
            nodes.computeIfAbsent(voter, id -> new NodeInfo(id, "-", 0, null, false, true, id == active));
        }
        return new Overview(clusterId, List.copyOf(nodes.values()), leader, metadataVersion, notes);
    }
}
