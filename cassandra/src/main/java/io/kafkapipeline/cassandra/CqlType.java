package io.kafkapipeline.cassandra;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The CQL column types the pipeline's schema may use. The parser of {@code cassandra/schema/*.cql} refuses any other
 * type, so code that switches over this enum covers every column of every table.
 */
public enum CqlType {
    TEXT("text", "varchar"),
    ASCII("ascii"),
    INT("int"),
    BIGINT("bigint"),
    SMALLINT("smallint"),
    TINYINT("tinyint"),
    VARINT("varint"),
    FLOAT("float"),
    DOUBLE("double"),
    DECIMAL("decimal"),
    BOOLEAN("boolean"),
    TIMESTAMP("timestamp"),
    DATE("date"),
    TIME("time"),
    UUID("uuid"),
    TIMEUUID("timeuuid"),
    BLOB("blob"),
    INET("inet");

    private final String cql;
    private final String[] aliases;

    CqlType(String cql, String... aliases) {
        this.cql = cql;
        this.aliases = aliases;
    }

    /** The type's name as CQL writes it, e.g. {@code timestamp}. */
    public String cql() {
        return cql;
    }

    /** The type named {@code name} (case-insensitive, {@code varchar} is {@code text}), if it is one of these. */
    public static Optional<CqlType> of(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.cql.equals(lower) || Arrays.asList(t.aliases).contains(lower))
                .findFirst();
    }

    @Override
    public String toString() {
        return cql;
    }
}
