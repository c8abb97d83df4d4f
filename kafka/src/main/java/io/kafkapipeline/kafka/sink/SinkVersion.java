package io.kafkapipeline.kafka.sink;

/** The plugin version, from the jar manifest ({@code Implementation-Version}). */
public final class SinkVersion {

    private static final String VERSION = read();

    private SinkVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String read() {
        String version = SinkVersion.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
