package de.querschnitt.interview;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The interview with one unit in one round.
 *
 * @param currentStep where the interviewer left off ({@code null} before the first visit)
 * @param currentProfileId the planning document open in that step, if any
 */
public record Interview(long id, long roundId, long unitId, @Nullable String interviewer, @Nullable LocalDate date,
        @Nullable String place, @Nullable String notes, InterviewStatus status, @Nullable InterviewStep currentStep,
        @Nullable Long currentProfileId) {

    /** A field's value as the form shows and saves it. */
    public @Nullable String text(InterviewField field) {
        return switch (field) {
            case DATE -> date == null ? null : date.toString();
            case PLACE -> place;
            case NOTES -> notes;
        };
    }
}
