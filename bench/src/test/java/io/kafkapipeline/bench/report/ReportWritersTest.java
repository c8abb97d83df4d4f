package io.kafkapipeline.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private static BenchReport report() {
        BenchReport r = new BenchReport(
                "./pipeline bench --quick",
                "quick",
                new Machine(2, "Test CPU", 4096, "OpenJDK 17", "Linux"),
                Instant.parse("2026-01-01T00:00:00Z"));
        Figure sink = r.add(new Figure(
                "1. Sink",
                "Connect sink, fakerdata",
                "rows/s",
                List.of(900.0, 1000.0, 1100.0),
                "20000 records, 1 task"));
        Figure base = r.add(
                new Figure("1. Sink", "A: driver", "rows/s", List.of(2000.0, 2100.0, 1900.0), "64 in flight, a,b"));
        r.ratio("1. Sink", "sink / A", sink, base);
        r.note("1. Sink", "a note");
        r.stage(new StageResult("1. Sink", 12.5, "1.00 0.50 0.20", "1.50 0.70 0.30", null));
        r.stage(new StageResult("2. Latency", 3, "1.50 0.70 0.30", "1.60 0.70 0.30", "IllegalStateException: | boom"));
        r.load("1.00 0.50 0.20", "1.60 0.70 0.30");
        return r;
    }

    @Test
    void markdownHasMachineRatiosFiguresAndStageOutcomes() {
        String md = new MarkdownWriter("## Method\n\ntext").render(report());

        assertThat(md)
                .contains("| command | `./pipeline bench --quick` |")
                .contains("2 cores (Test CPU), 4096 MB memory, OpenJDK 17, Linux")
                .contains("before 1.00 0.50 0.20, after 1.60 0.70 0.30")
                .contains("**some stages failed**")
                .contains("| 1. Sink | sink / A | **0.50x** | 0.43–0.58 | Connect sink, fakerdata: 1,000 rows/s |"
                        + " A: driver: 2,000 rows/s |")
                .contains("| Connect sink, fakerdata | 1,000 | rows/s | 900–1,100 (20 %) | 900, 1,000, 1,100 |"
                        + " 20000 records, 1 task |")
                .doesNotContain("⚠")
                .contains("- a note")
                .contains("| 2. Latency | FAILED: IllegalStateException: / boom |")
                .endsWith("## Method\n\ntext\n");
    }

    @Test
    void trialsThatDisagreeByMoreThanAFifthAreFlaggedWithAWarning() {
        BenchReport r = report();
        r.add(new Figure("1. Sink", "noisy", "rows/s", List.of(700.0, 1000.0, 1100.0), "x"));

        String md = new MarkdownWriter("").render(r);

        assertThat(md)
                .contains("**Warning: the trials of 1 figure disagree by more than 20 %**")
                .contains("noisy (40 %)")
                .contains("| noisy | 1,000 | rows/s | 700–1,100 (40 %) ⚠ |");
    }

    @Test
    void aSingleTrialHasNoSpread() {
        Figure one = new Figure("s", "one", "MB", List.of(5.0), "x");

        assertThat(one.disagrees()).isFalse();
        assertThat(new MarkdownWriter("").render(reportWith(one))).contains("| one | 5.00 | MB | – | 5.00 | x |");
    }

    private static BenchReport reportWith(Figure f) {
        BenchReport r = new BenchReport(
                "c", "quick", new Machine(2, "cpu", 1, "jdk", "os"), Instant.parse("2026-01-01T00:00:00Z"));
        r.add(f);
        return r;
    }

    @Test
    void aRatioRangeDividesTheExtremeTrials() {
        Figure subject = new Figure("s", "a", "rows/s", List.of(80.0, 100.0, 90.0), "x");
        Figure baseline = new Figure("s", "b", "rows/s", List.of(100.0, 125.0, 110.0), "x");
        Ratio ratio = new Ratio("s", "a / b", subject, baseline);

        assertThat(ratio.value()).isCloseTo(90.0 / 110.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratio.low()).isEqualTo(0.64);
        assertThat(ratio.high()).isEqualTo(1.0);
    }

    @Test
    void csvHasOneQuotedLinePerTrial() {
        String csv = RawWriter.csv(report());

        assertThat(csv.lines()).hasSize(1 + 6).first().isEqualTo("stage,figure,unit,trial,value,settings");
        assertThat(csv).contains("1. Sink,\"Connect sink, fakerdata\",rows/s,2,1000.0,\"20000 records, 1 task\"");
    }

    @Test
    void jsonCarriesMachineMediansAndRatios() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RawWriter.json(report()));

        assertThat(json.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(json.at("/figures/0/median").asDouble()).isEqualTo(1000.0);
        assertThat(json.at("/figures/0/trials")).hasSize(3);
        assertThat(json.at("/ratios/0/value").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/ratios/0/low").asDouble()).isCloseTo(0.9 / 2.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.at("/figures/0/min").asDouble()).isEqualTo(900.0);
        assertThat(json.at("/stages/1/error").asText()).contains("boom");
    }

    @Test
    void numbersGetFewerDecimalsAsTheyGrow() {
        assertThat(Numbers.format(123456.7)).isEqualTo("123,457");
        assertThat(Numbers.format(12.345)).isEqualTo("12.3");
        assertThat(Numbers.format(0.456)).isEqualTo("0.46");
    }
}
