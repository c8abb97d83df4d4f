package io.kafkapipeline.kernel.magic;

import java.util.List;

/** A piece of a cell: Java code, or one magic line such as {@code %jars lib/*.jar}. */
public sealed interface CellPart {

    /** The cell line (from 1) where this part starts. */
    int line();

    /** Java code of consecutive non-magic lines. */
    record Code(String source, int line) implements CellPart {}

    /** {@code %name args...}: arguments split at blanks, double quotes group. */
    record Magic(String name, List<String> args, int line) implements CellPart {}
}
