package io.kafkapipeline.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The instructions of a Dockerfile: continuation lines joined, comments and parser directives dropped. */
record Dockerfile(Path file, List<Instruction> instructions) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One instruction: keyword (upper case), its {@code --flags}, and its arguments (exec form or words). */
    record Instruction(String keyword, List<String> flags, List<String> args, String text) {

        boolean hasFlag(String prefix) {
            return flags.stream().anyMatch(f -> f.startsWith(prefix));
        }
    }

    static Dockerfile parse(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Repo.read(file).split("\n", -1)) {
            String stripped = line.strip();
            if (current.isEmpty() && (stripped.isEmpty() || stripped.startsWith("#"))) {
                continue;
            }
            if (!current.isEmpty() && stripped.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            instructions.add(instruction(current.toString().strip()));
            current.setLength(0);
        }
        if (!current.isEmpty()) {
            instructions.add(instruction(current.toString().strip()));
        }
        return new Dockerfile(file, List.copyOf(instructions));
    }

    private static Instruction instruction(String text) {
        String[] head = text.split("\\s+", 2);
        String keyword = head[0].toUpperCase(Locale.ROOT);
        String rest = head.length > 1 ? head[1].strip() : "";
        List<String> flags = new ArrayList<>();
        while (rest.startsWith("--")) {
            String[] split = rest.split("\\s+", 2);
            flags.add(split[0]);
            rest = split.length > 1 ? split[1].strip() : "";
        }
        return new Instruction(keyword, List.copyOf(flags), args(rest), text);
    }

    private static List<String> args(String rest) {
        if (rest.startsWith("[")) {
            try {
                return Arrays.asList(JSON.readValue(rest, String[].class));
            } catch (JsonProcessingException e) {
                // not exec form after all: fall through to words
            }
        }
        return rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The stage {@code FROM ... AS name} (a build target): its FROM and the instructions up to the next FROM. */
    List<Instruction> stage(String name) {
        int start = -1;
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            if (instruction.keyword().equals("FROM")) {
                if (start >= 0) {
                    return instructions.subList(start, i);
                }
                List<String> args = instruction.args();
                if (args.size() == 3
                        && args.get(1).equalsIgnoreCase("AS")
                        && args.get(2).equals(name)) {
                    start = i;
                }
            }
        }
        if (start < 0) {
            throw new AssertionError(file + " has no stage " + name);
        }
        return instructions.subList(start, instructions.size());
    }

    /** The names of the stages ({@code FROM image AS name}), in order. */
    List<String> stageNames() {
        return all("FROM").stream()
                .filter(f -> f.args().size() == 3)
                .map(f -> f.args().get(2))
                .toList();
    }

    /** The instructions after the last FROM: the stage that becomes the image. */
    List<Instruction> finalStage() {
        int last = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                last = i;
            }
        }
        return instructions.subList(last, instructions.size());
    }
}
