package io.kafkapipeline.console.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.stack.cql.CqlSessions;

/**
 * The console's one driver session, opened on first use with the project's session builder (the only place of this
 * module that names it) and opened again if it was closed. Cassandra being down does not stop the console.
 */
public final class Cassandra implements AutoCloseable {

    private final String host;
    private final int port;
    private CqlSession session;

    public Cassandra(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The shared session (thread-safe); callers never close it. */
    public synchronized CqlSession session() {
        if (session == null || session.isClosed()) {
            session = CqlSessions.open(host, port);
        }
        return session;
    }

    public String address() {
        return host + ":" + port;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
