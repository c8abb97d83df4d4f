package io.kafkapipeline.console.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kafkapipeline.console.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Topics with partitions, replication, in-sync replicas, sizes, offsets and configs (through the admin client). */
public final class Topics {

    /** One partition: leader, replicas, in-sync replicas, first and end offset, bytes on disk (leader's copy). */
    public record PartitionInfo(
            int partition,
            int leader,
            List<Integer> replicas,
            List<Integer> isr,
            long earliest,
            long latest,
            long bytes) {
        @JsonProperty
        public long records() {
            return latest - earliest;
        }

        @JsonProperty
        public boolean underReplicated() {
            return isr.size() < replicas.size();
        }
    }

    /** A topic and its partitions. */
    public record TopicInfo(String name, boolean internal, List<PartitionInfo> partitions) {
        @JsonProperty
        public int replicationFactor() {
            return partitions.isEmpty() ? 0 : partitions.get(0).replicas().size();
        }

        @JsonProperty
        public long records() {
            return partitions.stream().mapToLong(PartitionInfo::records).sum();
        }

        @JsonProperty
        public long endOffsets() {
            return partitions.stream().mapToLong(PartitionInfo::latest).sum();
        }

        @JsonProperty
        public long bytes() {
            return partitions.stream().mapToLong(PartitionInfo::bytes).sum();
        }

        @JsonProperty
        public int underReplicated() {
            return (int)
                    partitions.stream().filter(PartitionInfo::underReplicated).count();
        }
    }

    /** One config entry of a topic that is not the broker's default. */
    public record ConfigValue(String name, String value, String source) {}

    private final Admin admin;

    public Topics(Admin admin) {
        this.admin = admin;
    }

    /** Every topic (internal ones too), sorted by name. */
    public List<TopicInfo> list() {
        Set<String> names = KafkaClients.get(
                admin.listTopics(new ListTopicsOptions().listInternal(true)).names());
        return describe(new TreeSet<>(names));
    }

    /** One topic. */
    public TopicInfo topic(String name) {
        List<TopicInfo> found = describe(Set.of(name));
        if (found.isEmpty()) {
            throw new NotFoundException("No topic '" + name + "'");
        }
        return found.get(0);
    }

    /** Whether a topic of this name exists. */
    public boolean exists(String name) {
        return KafkaClients.get(admin.listTopics(new ListTopicsOptions().listInternal(true))
                        .names())
                .contains(name);
    }

    /** Configs of a topic that differ from the broker defaults. */
    public List<ConfigValue> configs(String name) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Config config =
                KafkaClients.get(admin.describeConfigs(List.of(resource)).all()).get(resource);
        return config.entries().stream()
                .filter(e -> e.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                .map(e -> new ConfigValue(e.name(), e.isSensitive() ? "(hidden)" : e.value(), "topic"))
                .sorted(Comparator.comparing(ConfigValue::name))
                .toList();
    }

    /** First and end offsets of every partition of {@code topic}; empty when there is no such topic. */
    public Map<TopicPartition, long[]> offsets(String topic) {
        Map<String, TopicDescription> descriptions;
        try {
            descriptions = KafkaClients.get(admin.describeTopics(Set.of(topic)).allTopicNames());
        } catch (KafkaException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of();
            }
            throw e;
        }
        List<TopicPartition> partitions = new ArrayList<>();
        descriptions.get(topic).partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        return offsets(partitions);
    }

    /** The first and the end offset of each partition: {@code {first, end}}. */
    Map<TopicPartition, long[]> offsets(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> {
            earliest.put(tp, OffsetSpec.earliest());
            latest.put(tp, OffsetSpec.latest());
        });
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> first =
                KafkaClients.get(admin.listOffsets(earliest).all());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end =
                KafkaClients.get(admin.listOffsets(latest).all());
        Map<TopicPartition, long[]> result = new HashMap<>();
        for (TopicPartition tp : partitions) {
            result.put(tp, new long[] {first.get(tp).offset(), end.get(tp).offset()});
        }
        return result;
    }

    private List<TopicInfo> describe(Set<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> descriptions;
        try {
            descriptions = KafkaClients.get(admin.describeTopics(names).allTopicNames());
        } catch (KafkaException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw e;
        }
        List<TopicPartition> all = new ArrayList<>();
        descriptions
                .values()
                .forEach(d -> d.partitions().forEach(p -> all.add(new TopicPartition(d.name(), p.partition()))));
        Map<TopicPartition, long[]> offsets = offsets(all);
        Map<TopicPartition, Long> sizes = sizes(descriptions.values());
        List<TopicInfo> topics = new ArrayList<>();
        for (String name : new TreeSet<>(descriptions.keySet())) {
            TopicDescription d = descriptions.get(name);
            List<PartitionInfo> partitions = new ArrayList<>();
            for (TopicPartitionInfo p : d.partitions()) {
                TopicPartition tp = new TopicPartition(name, p.partition());
                long[] o = offsets.get(tp);
                partitions.add(new PartitionInfo(
                        p.partition(),
                        p.leader() == null ? -1 : p.leader().id(),
                        p.replicas().stream().map(Node::id).toList(),
                        p.isr().stream().map(Node::id).toList(),
                        o[0],
                        o[1],
                        sizes.getOrDefault(tp, -1L)));
            }
            topics.add(new TopicInfo(name, d.isInternal(), partitions));
        }
        return topics;
    }

    /** Bytes on disk per partition, of the leader's replica (log dirs of every broker, one call). */
    private Map<TopicPartition, Long> sizes(Collection<TopicDescription> topics) {
        Map<TopicPartition, Integer> leaders = new HashMap<>();
        topics.forEach(d -> d.partitions().forEach(p -> {
            if (p.leader() != null) {
                leaders.put(
                        new TopicPartition(d.name(), p.partition()), p.leader().id());
            }
        }));
        Set<Integer> brokers = leaders.values().stream().collect(Collectors.toSet());
        Map<TopicPartition, Long> sizes = new HashMap<>();
        try {
            Map<Integer, Map<String, LogDirDescription>> dirs =
                    KafkaClients.get(admin.describeLogDirs(brokers).allDescriptions());
            dirs.forEach((broker, byDir) -> byDir.values().forEach(dir -> {
                for (Map.Entry<TopicPartition, ReplicaInfo> e :
                        dir.replicaInfos().entrySet()) {
                    if (broker.equals(leaders.get(e.getKey()))) {
                        sizes.merge(e.getKey(), e.getValue().size(), Long::sum);
                    }
                }
            }));
        } catch (KafkaException e) {
            // sizes stay unknown (-1); the rest of the page still shows
        }
        return sizes;
    }
}
