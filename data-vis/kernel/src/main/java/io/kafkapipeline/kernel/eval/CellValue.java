package io.kafkapipeline.kernel.eval;

/** The value a cell shows: that of its last expression (which may be {@code null}). */
public record CellValue(Object value) {}
