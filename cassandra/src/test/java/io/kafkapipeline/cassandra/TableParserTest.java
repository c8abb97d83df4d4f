package io.kafkapipeline.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableParserTest {

    @Test
    void aStatementThatCreatesNoTableGivesNothing() {
        assertThat(TableParser.parse("CREATE KEYSPACE IF NOT EXISTS k WITH replication = {}"))
                .isEmpty();
    }

    @Test
    void compositePartitionKeyAndClusteringColumnsAreTold() {
        Table table = TableParser.parse("""
                        CREATE TABLE IF NOT EXISTS ks.posts (
                          location text, tweet_date timestamp, post_id text, score double,
                          PRIMARY KEY ((location), tweet_date, post_id)
                        ) WITH CLUSTERING ORDER BY (tweet_date DESC, post_id ASC)""").orElseThrow();

        assertThat(table.partitionKey()).containsExactly("location");
        assertThat(table.clusteringColumns()).containsExactly("tweet_date", "post_id");
        assertThat(table.primaryKey()).containsExactly("location", "tweet_date", "post_id");
        assertThat(table.columns())
                .containsExactly(
                        new Column("location", CqlType.TEXT),
                        new Column("tweet_date", CqlType.TIMESTAMP),
                        new Column("post_id", CqlType.TEXT),
                        new Column("score", CqlType.DOUBLE));
    }

    @Test
    void aPartitionKeyOfTwoColumnsIsOnePartition() {
        Table table = TableParser.parse("CREATE TABLE ks.t (a int, b int, c int, PRIMARY KEY ((a, b), c))")
                .orElseThrow();

        assertThat(table.partitionKey()).containsExactly("a", "b");
        assertThat(table.clusteringColumns()).containsExactly("c");
    }

    @Test
    void anInlinePrimaryKeyAndVarcharAndCaseAreRead() {
        Table table = TableParser.parse("create table KS.T (Id VARCHAR primary key, n bigint)")
                .orElseThrow();

        assertThat(table.qualifiedName()).isEqualTo("ks.t");
        assertThat(table.primaryKey()).containsExactly("id");
        assertThat(table.column("id")).map(Column::type).contains(CqlType.TEXT);
    }

    @Test
    void shapesTheModelDoesNotKnowAreRefusedNamingTheTable() {
        assertThatThrownBy(() -> TableParser.parse("CREATE TABLE ks.t (a int PRIMARY KEY, b list<text>)"))
                .hasMessageContaining("ks.t")
                .hasMessageContaining("collection");
        assertThatThrownBy(() -> TableParser.parse("CREATE TABLE ks.t (a int PRIMARY KEY, b counter)"))
                .hasMessage("Column b of table ks.t has type 'counter', which the pipeline's model does not support");
        assertThatThrownBy(() -> TableParser.parse("CREATE TABLE t (a int PRIMARY KEY)"))
                .hasMessageContaining("must be qualified with its keyspace");
        assertThatThrownBy(() -> TableParser.parse("CREATE TABLE ks.t (a int, b int)"))
                .hasMessage("Table ks.t has no primary key");
        assertThatThrownBy(() -> TableParser.parse("CREATE TABLE ks.t (a int, PRIMARY KEY (b))"))
                .hasMessage("Primary key column 'b' of ks.t is not a column");
    }
}
