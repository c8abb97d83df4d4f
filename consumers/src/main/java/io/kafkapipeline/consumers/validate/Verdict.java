package io.kafkapipeline.consumers.validate;

/** The outcome of validating one record value: the typed record, or the one-line reason it was rejected. */
public sealed interface Verdict<T> {

    /** A value that satisfies the contract. */
    record Valid<T>(T record) implements Verdict<T> {}

    /** A value that does not; {@code reason} is one line. */
    record Invalid<T>(String reason) implements Verdict<T> {}
}
