package io.kafkapipeline.consumers.format;

import io.kafkapipeline.common.contract.TableRecord;

/** Turns a valid record into the one line printed for it, starting with the contract's name. */
@FunctionalInterface
public interface RecordFormatter<T extends TableRecord> {

    String line(T record);
}
