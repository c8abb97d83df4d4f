package io.kafkapipeline.console.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kafkapipeline.console.BadRequestException;
import io.kafkapipeline.console.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.TopicPartition;

/** Consumer groups: state, members, committed and end offsets, lag per partition; offset reset of a stopped group. */
public final class Groups {

    /** One partition of a group: committed offset (-1: none), end offset, lag, and the member that holds it. */
    public record PartitionLag(String topic, int partition, long committed, long end, long lag, String member) {}

    /** One member: id, client id, host and the partitions assigned to it. */
    public record Member(String memberId, String clientId, String host, List<String> assignment) {}

    /** A group with its members and partitions. */
    public record GroupInfo(
            String groupId, String state, String type, List<Member> members, List<PartitionLag> partitions) {
        @JsonProperty
        public long lag() {
            return partitions.stream().mapToLong(PartitionLag::lag).sum();
        }

        /** Offsets may be reset only when no member is consuming. */
        @JsonProperty
        public boolean stopped() {
            return members.isEmpty() && ("EMPTY".equals(state) || "DEAD".equals(state));
        }
    }

    /** Where a reset moves a group's offsets. */
    public enum ResetTo {
        EARLIEST,
        LATEST,
        OFFSET,
        TIMESTAMP;

        public static ResetTo of(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new BadRequestException("to must be earliest, latest, offset or timestamp, not '" + text + "'");
            }
        }
    }

    /** What a reset did: each partition's offset before and after. */
    public record ResetResult(String groupId, List<PartitionLag> before, Map<String, Long> after) {}

    private final Admin admin;

    public Groups(Admin admin) {
        this.admin = admin;
    }

    /** Every consumer group, sorted by id (a few admin calls for all groups together). */
    public List<GroupInfo> list() {
        List<String> ids = new ArrayList<>();
        for (GroupListing g : KafkaClients.get(admin.listGroups().all())) {
            boolean consumers = g.type().map(t -> t == GroupType.CONSUMER).orElse(false)
                    || g.protocol().isEmpty()
                    || "consumer".equals(g.protocol());
            if (consumers) {
                ids.add(g.groupId());
            }
        }
        ids.sort(Comparator.naturalOrder());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> described =
                KafkaClients.get(admin.describeConsumerGroups(ids).all());
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        ids.forEach(id -> specs.put(id, new ListConsumerGroupOffsetsSpec()));
        ListConsumerGroupOffsetsResult offsets = admin.listConsumerGroupOffsets(specs);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        Set<TopicPartition> partitions = new HashSet<>();
        for (String id : ids) {
            Map<TopicPartition, OffsetAndMetadata> c =
                    present(KafkaClients.get(offsets.partitionsToOffsetAndMetadata(id)));
            committed.put(id, c);
            partitions.addAll(c.keySet());
            described
                    .get(id)
                    .members()
                    .forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
        }
        Map<TopicPartition, Long> end = ends(partitions);
        List<GroupInfo> groups = new ArrayList<>();
        for (String id : ids) {
            groups.add(build(described.get(id), committed.get(id), end));
        }
        return groups;
    }

    public GroupInfo group(String groupId) {
        Map<String, ConsumerGroupDescription> described =
                KafkaClients.get(admin.describeConsumerGroups(Set.of(groupId)).all());
        ConsumerGroupDescription d = described.get(groupId);
        Map<TopicPartition, OffsetAndMetadata> committed =
                present(KafkaClients.get(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()));
        if (d == null || d.groupState() == GroupState.DEAD && d.members().isEmpty() && committed.isEmpty()) {
            throw new NotFoundException("No consumer group '" + groupId + "'");
        }
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        d.members().forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
        return build(d, committed, ends(partitions));
    }

    private static GroupInfo build(
            ConsumerGroupDescription d,
            Map<TopicPartition, OffsetAndMetadata> committed,
            Map<TopicPartition, Long> end) {
        Map<TopicPartition, String> owners = new HashMap<>();
        List<Member> members = new ArrayList<>();
        for (MemberDescription m : d.members()) {
            List<String> assigned = new ArrayList<>();
            for (TopicPartition tp : m.assignment().topicPartitions()) {
                owners.put(tp, m.consumerId());
                assigned.add(tp.toString());
            }
            assigned.sort(Comparator.naturalOrder());
            members.add(new Member(m.consumerId(), m.clientId(), m.host(), assigned));
        }
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        partitions.addAll(owners.keySet());
        List<PartitionLag> lags = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long e = end.getOrDefault(tp, -1L);
            long offset = c == null ? -1 : c.offset();
            long lag = e < 0 ? 0 : Math.max(0, e - Math.max(0, offset));
            lags.add(new PartitionLag(tp.topic(), tp.partition(), offset, e, lag, owners.get(tp)));
        }
        lags.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
        return new GroupInfo(
                d.groupId(),
                d.groupState().name(),
                d.type().name().toLowerCase(Locale.ROOT),
                List.copyOf(members),
                List.copyOf(lags));
    }

    /**
     * Moves every committed offset of a stopped group (optionally only those of one topic). Refused while the group
     * has members: a running consumer would overwrite the offsets at its next commit.
     */
    public ResetResult reset(String groupId, String topic, ResetTo to, long offset, Instant timestamp) {
        GroupInfo group;
        try {
            group = group(groupId);
        } catch (NotFoundException e) {
            if (topic == null || topic.isBlank()) {
                throw e;
            }
            group = new GroupInfo(groupId, "DEAD", "classic", List.of(), List.of());
        }
        if (!group.stopped()) {
            throw new BadRequestException("Consumer group '" + groupId + "' is " + group.state() + " with "
                    + group.members().size() + " member(s); stop its consumers (pause its connector) first");
        }
        List<TopicPartition> partitions;
        if (topic != null && !topic.isBlank()) {
            // Every partition of the topic, committed or not: a sink that failed on its first record has no offsets.
            TopicDescription d;
            try {
                d = KafkaClients.get(admin.describeTopics(Set.of(topic)).allTopicNames())
                        .get(topic);
            } catch (KafkaException e) {
                throw new BadRequestException("No topic '" + topic + "'");
            }
            partitions = d.partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
        } else {
            partitions = group.partitions().stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
        }
        if (partitions.isEmpty()) {
            throw new BadRequestException("Consumer group '" + groupId + "' has no offsets; name the topic to reset");
        }
        Map<TopicPartition, long[]> ranges = new Topics(admin).offsets(partitions);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> byTime = Map.of();
        if (to == ResetTo.TIMESTAMP) {
            if (timestamp == null) {
                throw new BadRequestException("to=timestamp needs a timestamp");
            }
            Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
            partitions.forEach(tp -> spec.put(tp, OffsetSpec.forTimestamp(timestamp.toEpochMilli())));
            byTime = KafkaClients.get(admin.listOffsets(spec).all());
        }
        Map<TopicPartition, OffsetAndMetadata> target = new HashMap<>();
        Map<String, Long> after = new java.util.TreeMap<>();
        for (TopicPartition tp : partitions) {
            long lo = ranges.get(tp)[0];
            long hi = ranges.get(tp)[1];
            long value = switch (to) {
                case EARLIEST -> lo;
                case LATEST -> hi;
                case OFFSET -> offset;
                case TIMESTAMP ->
                    byTime.get(tp).offset() < 0 ? hi : byTime.get(tp).offset();
            };
            value = Math.max(lo, Math.min(hi, value));
            target.put(tp, new OffsetAndMetadata(value));
            after.put(tp.toString(), value);
        }
        KafkaClients.get(admin.alterConsumerGroupOffsets(groupId, target).all());
        return new ResetResult(groupId, group.partitions(), after);
    }

    private static Map<TopicPartition, OffsetAndMetadata> present(Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
        committed.forEach((tp, o) -> {
            if (o != null) {
                present.put(tp, o);
            }
        });
        return present;
    }

    private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
        partitions.forEach(tp -> spec.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        try {
            KafkaClients.get(admin.listOffsets(spec).all()).forEach((tp, info) -> end.put(tp, info.offset()));
        } catch (KafkaException e) {
            // a deleted topic: end offsets unknown
        }
        return end;
    }
}
