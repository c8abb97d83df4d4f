package io.kafkapipeline.stack.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.stack.StackException;
import java.util.List;

/** Applies the CQL of {@code cassandra/schema/} (idempotent statements) through a session. */
public final class SchemaApplier {

    private SchemaApplier() {}

    /** Runs every schema statement in order; returns how many ran. */
    public static int apply(CqlSession session) {
        List<String> statements = Schema.statements();
        for (String cql : statements) {
            try {
                session.execute(SimpleStatement.newInstance(cql).setExecutionProfileName(CqlSessions.DDL_PROFILE));
            } catch (RuntimeException e) {
                String first = cql.lines().findFirst().orElse(cql);
                throw new StackException("Schema statement failed: " + first + " ... : " + e.getMessage(), e);
            }
        }
        session.checkSchemaAgreement();
        return statements.size();
    }
}
