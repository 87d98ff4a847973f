package de.querschnitt.browser;

import de.querschnitt.interview.InterviewService;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A unit's interview for a browser test in the shared test database: the one the unit already has, or one
 * started for the test and removed again by {@link #close()} (with its revisions), so that other browser tests
 * that start an interview with the same unit still can. Obtain it as the system or a planner.
 */
record TestInterview(long id, boolean started, DataSource dataSource) implements AutoCloseable {

    static TestInterview of(InterviewService interviews, long roundId, long unitId, DataSource dataSource) {
        return interviews.list(roundId).stream().filter(i -> i.unitId() == unitId).findFirst()
                .map(i -> new TestInterview(i.id(), false, dataSource))
                .orElseGet(() -> new TestInterview(interviews.start(roundId, unitId), true, dataSource));
    }

    @Override
    public void close() {
        if (started) {
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.update("DELETE FROM interview WHERE id = ?", id);
            jdbc.update("DELETE FROM revision WHERE entity = 'INTERVIEW' AND entity_id = ?", id);
        }
    }
}
