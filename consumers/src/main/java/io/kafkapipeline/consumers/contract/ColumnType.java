package io.kafkapipeline.consumers.contract;

/** The JSON shape a column's value must have, following the CQL type of the column. */
public enum ColumnType {
    /** CQL {@code text}: a JSON string. */
    TEXT("a string"),
    /** CQL {@code int}: a JSON integer within 32 bits. */
    INT("an integer"),
    /** CQL {@code double}: any JSON number. */
    DOUBLE("a number"),
    /** CQL {@code boolean}: JSON true or false. */
    BOOLEAN("a boolean"),
    /** CQL {@code timestamp}: an ISO-8601 instant string, e.g. {@code 2021-10-07T09:53:32Z}. */
    TIMESTAMP("an ISO-8601 instant"),
    /** CQL {@code date}: an ISO-8601 date string, e.g. {@code 1990-05-01}. */
    DATE("an ISO-8601 date");

    private final String expected;

    ColumnType(String expected) {
        this.expected = expected;
    }

    /** What a value of this type is, for messages: "expected a number". */
    public String expected() {
        return expected;
    }
}
