package io.kafkapipeline.console;

import io.kafkapipeline.console.cassandra.Cassandra;
import io.kafkapipeline.console.cassandra.Tables;
import io.kafkapipeline.console.config.Deployment;
import io.kafkapipeline.console.connect.Connectors;
import io.kafkapipeline.console.kafka.Cluster;
import io.kafkapipeline.console.kafka.DeadLetters;
import io.kafkapipeline.console.kafka.Groups;
import io.kafkapipeline.console.kafka.KafkaClients;
import io.kafkapipeline.console.kafka.MessageBrowser;
import io.kafkapipeline.console.kafka.Produce;
import io.kafkapipeline.console.kafka.RedriveLog;
import io.kafkapipeline.console.kafka.Topics;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.status.PipelineStatus;
import io.kafkapipeline.stack.status.StatusReport;

/**
 * Everything the pages and the API read and change, wired once: one admin client and one producer, one driver
 * session, the one Connect REST client, and the status model of {@code ./pipeline status}.
 */
public final class Console implements AutoCloseable {

    private final Deployment deployment;
    private final KafkaClients kafka;
    private final Cassandra cassandra;
    private final Cluster cluster;
    private final Topics topics;
    private final MessageBrowser browser;
    private final Groups groups;
    private final Produce produce;
    private final DeadLetters deadLetters;
    private final Connectors connectors;
    private final Tables tables;
    private final PipelineStatus status;

    public Console(Deployment deployment) {
        this.deployment = deployment;
        this.kafka = new KafkaClients(deployment.bootstrapServers());
        this.cassandra = new Cassandra(
                deployment.cassandraHost(),
                deployment.cassandraPort(),
                deployment.cassandraUsername(),
                deployment.cassandraPassword());
        this.cluster = new Cluster(kafka.admin());
        this.topics = new Topics(kafka.admin());
        this.browser = new MessageBrowser(kafka, topics);
        this.groups = new Groups(kafka.admin());
        this.produce = new Produce(kafka, topics);
        this.deadLetters = new DeadLetters(kafka, topics, browser, new RedriveLog(kafka));
        this.connectors = new Connectors(new ConnectRest(deployment.connectUrl()));
        this.tables = new Tables(cassandra);
        this.status = new PipelineStatus(deployment.bootstrapServers(), deployment.connectUrl(), cassandra::session);
    }

    /** The same report as {@code ./pipeline status --json} (processes only for the local stack). */
    public StatusReport status() {
        return StatusReport.read(deployment.processes(), deployment.flows(), kafka.admin(), status);
    }

    public Deployment deployment() {
        return deployment;
    }

    public Cluster cluster() {
        return cluster;
    }

    public Topics topics() {
        return topics;
    }

    public MessageBrowser browser() {
        return browser;
    }

    public Groups groups() {
        return groups;
    }

    public Produce produce() {
        return produce;
    }

    public DeadLetters deadLetters() {
        return deadLetters;
    }

    public Connectors connectors() {
        return connectors;
    }

    public Tables tables() {
        return tables;
    }

    @Override
    public void close() {
        kafka.close();
        cassandra.close();
    }
}
