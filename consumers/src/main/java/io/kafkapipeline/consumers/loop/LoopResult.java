package io.kafkapipeline.consumers.loop;

/** How a run ended and what it read. */
public record LoopResult(End end, long valid, long invalid) {

    /** Why the loop returned. */
    public enum End {
        /** {@code --max N} records were read. */
        MAX_REACHED("max-reached"),
        /** {@code --stop-at-end}: every partition was read up to the end offsets seen at start. */
        CAUGHT_UP("caught-up"),
        /** Stopped from outside (SIGTERM). */
        STOPPED("stopped");

        private final String label;

        End(String label) {
            this.label = label;
        }

        /** As printed in the final summary: {@code end=caught-up}. */
        public String label() {
            return label;
        }
    }

    public long records() {
        return valid + invalid;
    }
}
