package io.kafkapipeline.console.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.cassandra.CqlSessions;

/**
 * The console's one driver session, opened on first use with the project's session builder (the only place of this
 * module that names it) and opened again if it was closed. Cassandra being down does not stop the console.
 */
public final class Cassandra implements AutoCloseable {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private CqlSession session;

    /** @param username null: no authentication */
    public Cassandra(String host, int port, String username, String password) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    /** The shared session (thread-safe); callers never close it. */
    public synchronized CqlSession session() {
        if (session == null || session.isClosed()) {
            session = CqlSessions.open(host, port, CqlSessions.DEFAULT_LOCAL_DC, username, password);
        }
        return session;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
