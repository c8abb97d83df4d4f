package io.kafkapipeline.bench.stage;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.kafkapipeline.bench.data.Shape;
import java.time.Duration;

/** Table housekeeping between trials. */
final class Tables {

    private Tables() {}

    static void truncate(CqlSession session, Shape shape) {
        session.execute(SimpleStatement.newInstance("TRUNCATE " + shape.table()).setTimeout(Duration.ofSeconds(60)));
    }
}
