package de.querschnitt.interview;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of the interview list. */
public record InterviewSummary(long id, long unitId, String unitLabel, @Nullable LocalDate date,
        @Nullable String interviewer, InterviewStatus status, int stepsComplete, int steps) {
}
