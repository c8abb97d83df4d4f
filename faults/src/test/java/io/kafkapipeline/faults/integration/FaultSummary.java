package io.kafkapipeline.faults.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects one {@link FaultRow} per fault and, when the test run ends, prints the table and writes it to
 * {@code target/fault-summary.md} (rewritten after every row, so a failed run keeps what it measured).
 */
public final class FaultSummary implements BeforeAllCallback {

    private static final Logger log = LoggerFactory.getLogger(FaultSummary.class);
    private static final Path FILE = Path.of("target", "fault-summary.md");
    private static final List<FaultRow> ROWS = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Printer.class, k -> new Printer(), Printer.class);
    }

    /** Records one fault's numbers (and logs them at once). */
    static synchronized void add(FaultRow row) {
        ROWS.add(row);
        log.info("FAULT SUMMARY {}", row.markdown());
        write();
    }

    static synchronized String table() {
        StringBuilder text = new StringBuilder(FaultRow.header()).append('\n');
        ROWS.forEach(r -> text.append(r.markdown()).append('\n'));
        return text.toString();
    }

    private static void write() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "# Fault summary\n\n" + table(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("cannot write {}: {}", FILE, e.toString());
        }
    }

    /** Prints the table once, when JUnit closes the root context (after every test class). */
    private static final class Printer implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            log.info("Fault summary ({}):\n{}", FILE.toAbsolutePath(), table());
        }
    }
}
