package io.kafkapipeline.consumers.loop;

import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.consumers.format.RecordFormatter;
import io.kafkapipeline.consumers.validate.RecordValidator;
import io.kafkapipeline.consumers.validate.Verdict;

/** What the loop does with one record value: the line to print when valid, or the reason it is invalid. */
@FunctionalInterface
public interface RecordHandler {

    /** {@link Verdict.Valid} holds the line to print, {@link Verdict.Invalid} the one-line reason. */
    Verdict<String> handle(String value);

    /** Validates with {@code validator}, then formats what passes with {@code formatter}. */
    static <T extends TableRecord> RecordHandler of(RecordValidator<T> validator, RecordFormatter<T> formatter) {
        return value -> {
            Verdict<T> verdict = validator.validate(value);
            if (verdict instanceof Verdict.Valid<T> valid) {
                return new Verdict.Valid<>(formatter.line(valid.record()));
            }
            return new Verdict.Invalid<>(((Verdict.Invalid<T>) verdict).reason());
        };
    }
}
