package io.kafkapipeline.deploy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Main class of the child JVM of {@link CassandraFlagsTest}, on Cassandra's own classpath (the local stack's
 * runtime-cassandra, which clashes with this module's jars): loads the node's configuration the way
 * {@code CassandraDaemon} does first ({@code DatabaseDescriptor.daemonInitialization()}: cassandra.yaml, then the
 * {@code -Dcassandra.settings.*} overrides, then Cassandra's own validation) and prints the result as
 * {@code probe.NAME=VALUE} lines. Arguments: the JVM flags under test, to report the ones Cassandra would ignore.
 * Reflection only: this module compiles without Cassandra's classes.
 */
public final class CassandraConfigProbe {

    private CassandraConfigProbe() {}

    public static void main(String[] flags) throws Exception {
        Class<?> descriptor = Class.forName("org.apache.cassandra.config.DatabaseDescriptor");
        descriptor.getMethod("daemonInitialization").invoke(null);
        Object config = descriptor.getMethod("getRawConfig").invoke(null);
        Object authenticator = descriptor.getMethod("getAuthenticator").invoke(null);
        print("authenticator", authenticator.getClass().getName());
        for (String setting : List.of("commitlog_sync", "commitlog_sync_group_window", "commitlog_sync_period")) {
            print(setting, String.valueOf(config.getClass().getField(setting).get(config)));
        }
        print("unknown", String.join(" ", unknown(flags, config.getClass())));
    }

    /** Flags Cassandra would ignore: a cassandra.settings.X that is no field of Config, a cassandra.Y it never reads. */
    private static List<String> unknown(String[] flags, Class<?> configClass) throws Exception {
        Set<String> properties = new HashSet<>();
        for (Object property : Class.forName("org.apache.cassandra.config.CassandraRelevantProperties")
                .getEnumConstants()) {
            properties.add((String) property.getClass().getMethod("getKey").invoke(property));
        }
        Set<String> settings = new HashSet<>();
        for (Field field : configClass.getFields()) {
            settings.add(field.getName());
        }
        List<String> unknown = new ArrayList<>();
        for (String flag : flags) {
            String name = flag.replaceFirst("^-D", "").replaceFirst("=.*$", "");
            boolean known = name.startsWith("cassandra.settings.")
                    ? settings.contains(name.substring("cassandra.settings.".length()))
                    : properties.contains(name);
            if (!known) {
                unknown.add(flag);
            }
        }
        return unknown;
    }

    private static void print(String name, String value) {
        System.out.println("probe." + name + "=" + value);
    }
}
