package io.kafkapipeline.faults.integration;

/**
 * One line of the fault summary.
 *
 * @param fault      R1..R6 and a short name
 * @param sent       records acknowledged by Kafka to the producer(s) (re-sends included)
 * @param distinct   distinct keys among them: the rows there must be
 * @param rows       of those keys, the rows found in Cassandra
 * @param duplicates records in the topic beyond one per key (re-sends; each must upsert, not add a row)
 * @param dlq        records in the dead-letter queue
 * @param seconds    wall time of the test
 */
record FaultRow(String fault, long sent, long distinct, long rows, long duplicates, long dlq, long seconds) {

    long lost() {
        return distinct - rows;
    }

    String markdown() {
        return "| " + fault + " | " + sent + " | " + distinct + " | " + rows + " | " + lost() + " | " + duplicates
                + " | " + dlq + " | " + seconds + " |";
    }

    static String header() {
        return "| fault | acked records | distinct keys | rows found | lost | re-sent (duplicates in topic) | DLQ | s |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|";
    }
}
