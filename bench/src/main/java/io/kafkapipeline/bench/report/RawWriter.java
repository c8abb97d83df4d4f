package io.kafkapipeline.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The raw numbers of a run: JSON (everything, with the machine) and CSV (one line per trial). */
public final class RawWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RawWriter() {}

    public static String json(BenchReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", r.command());
        root.put("mode", r.mode());
        root.put("startedAt", r.startedAt().toString());
        root.put(
                "machine",
                Map.of(
                        "cores",
                        r.machine().cores(),
                        "cpu",
                        r.machine().cpuModel(),
                        "memoryMb",
                        r.machine().memoryMb(),
                        "jdk",
                        r.machine().jdk(),
                        "os",
                        r.machine().os()));
        root.put("loadBefore", r.loadBefore());
        root.put("loadAfter", r.loadAfter());
        root.put(
                "figures",
                r.figures().stream()
                        .map(f -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("stage", f.stage());
                            m.put("name", f.name());
                            m.put("unit", f.unit());
                            m.put("median", f.median());
                            m.put("min", f.min());
                            m.put("max", f.max());
                            m.put("trials", f.trials());
                            m.put("settings", f.detail());
                            return m;
                        })
                        .toList());
        root.put(
                "ratios",
                r.ratios().stream()
                        .map(q -> Map.of(
                                "stage",
                                q.stage(),
                                "name",
                                q.name(),
                                "value",
                                q.value(),
                                "low",
                                q.low(),
                                "high",
                                q.high(),
                                "subject",
                                q.subject().name(),
                                "baseline",
                                q.baseline().name()))
                        .toList());
        root.put("stages", r.stages());
        root.put("notes", r.notes());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the raw report", e);
        }
    }

    /** {@code stage,figure,unit,trial,value,settings}; one line per trial. */
    public static String csv(BenchReport r) {
        StringBuilder csv = new StringBuilder("stage,figure,unit,trial,value,settings\n");
        for (Figure f : r.figures()) {
            List<Double> trials = f.trials();
            for (int i = 0; i < trials.size(); i++) {
                csv.append(List.of(
                                        f.stage(),
                                        f.name(),
                                        f.unit(),
                                        Integer.toString(i + 1),
                                        Double.toString(trials.get(i)),
                                        f.detail())
                                .stream()
                                .map(RawWriter::quote)
                                .collect(Collectors.joining(",")))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
