package io.kafkapipeline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.PipelineHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Security: CQL is built only from validated identifiers. Scans the main sources of every module for CQL put
 * together by string concatenation or formatting ({@code "SELECT ... " +}, {@code "... FROM " +},
 * {@code "INSERT INTO %s"}). Every file that does so must be listed in {@link #VALIDATED} with the token that shows
 * where its identifiers are validated, and must still contain that token. Values are never concatenated here: the
 * listed files bind them ({@code ?}). What this does not see: CQL assembled across several lines without a keyword
 * literal next to a {@code +}, and the DataStax engine inside the sink plugin (which quotes identifiers itself).
 * {@code ./pipeline cql} runs the user's own statement by design.
 */
class CqlConcatenationTest {

    /** File (relative to the checkout) -> a token of the code that validates or fixes its identifiers. */
    static final Map<String, String> VALIDATED = Map.of(
            "local-stack/launcher/src/main/java/io/kafkapipeline/stack/status/PipelineStatus.java",
            "IDENTIFIER.matcher(keyspace).matches()",
            "data-vis/src/main/java/io/kafkapipeline/datavis/cassandra/Cql.java",
            "CqlIdentifier.fromInternal",
            "console/src/main/java/io/kafkapipeline/console/cassandra/Tables.java",
            "CqlIdentifier.fromInternal",
            "cassandra/src/main/java/io/kafkapipeline/cassandra/TableParser.java",
            "PLAIN_NAME.matcher(name).matches()",
            "bench/src/main/java/io/kafkapipeline/bench/data/Shape.java",
            "public enum Shape",
            "bench/src/main/java/io/kafkapipeline/bench/data/RowWaiter.java",
            "shape.table()",
            "bench/src/main/java/io/kafkapipeline/bench/stage/LatencyStage.java",
            "Shape.FAKER.table()",
            "bench/src/main/java/io/kafkapipeline/bench/stage/Tables.java",
            "shape.table()",
            "bench/src/main/java/io/kafkapipeline/bench/stage/FirstRows.java",
            "List<String> tables");

    private static final String KEYWORDS = "(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|DROP|TRUNCATE|ALTER)";
    private static final Pattern CONCATENATED = Pattern.compile("\"\\s*" + KEYWORDS + "\\b[^\"]*\"\\s*\\+"
            + "|\"[^\"]*\\b(FROM|INTO|WHERE|TABLE|KEYSPACE)\\s*\"\\s*\\+"
            + "|\"\\s*" + KEYWORDS + "\\b[^\"]*%s");

    @Test
    void concatenatedCqlOnlyWhereIdentifiersAreValidated() throws IOException {
        Path home = PipelineHome.find();
        List<String> unvalidated = new ArrayList<>();
        int files = 0;
        for (Path file : mainSources(home)) {
            files++;
            String rel = home.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> hits = text.lines()
                    .filter(l -> CONCATENATED.matcher(l).find())
                    .map(String::strip)
                    .toList();
            if (hits.isEmpty()) {
                continue;
            }
            String token = VALIDATED.get(rel);
            if (token == null || !text.contains(token)) {
                unvalidated.add(rel + (token == null ? " (not listed)" : " (no longer contains '" + token + "')") + ": "
                        + hits);
            }
        }
        assertThat(files).as("main source files scanned").isGreaterThan(100);
        assertThat(unvalidated)
                .as("files building CQL by concatenation without a listed identifier validation;"
                        + " validate the identifiers (pattern or CqlIdentifier) and list the file in VALIDATED")
                .isEmpty();
    }

    @Test
    void theScanSeesConcatenatedCql() {
        assertThat(CONCATENATED
                        .matcher("session.execute(\"SELECT COUNT(*) FROM \" + table)")
                        .find())
                .isTrue();
        assertThat(CONCATENATED.matcher("\"TRUNCATE \" + table").find()).isTrue();
        assertThat(CONCATENATED
                        .matcher("String.format(\"SELECT * FROM %s\", t)")
                        .find())
                .isTrue();
        assertThat(CONCATENATED.matcher("log.warn(\"Skipping \" + city)").find())
                .isFalse();
        assertThat(CONCATENATED
                        .matcher("\"SELECT * FROM kafkapipeline.fakerdata WHERE name = ?\"")
                        .find())
                .isFalse();
    }

    /** Every {@code src/main/java/**.java} of the checkout; build output, state and VCS folders are not entered. */
    private static List<Path> mainSources(Path home) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(home, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(home)
                        && (name.equals("target")
                                || name.startsWith(".")
                                || name.equals("node_modules")
                                || name.equals("test"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.toString().endsWith(".java")
                        && file.toString().replace('\\', '/').contains("/src/main/java/")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }
}
