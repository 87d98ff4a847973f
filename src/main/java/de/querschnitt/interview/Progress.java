package de.querschnitt.interview;

import java.util.List;
import java.util.Map;

/**
 * Which steps of the questionnaire are complete, and what is missing in the others.
 *
 * @param missing per incomplete step, message keys (with the profile title as argument where it applies)
 */
public record Progress(Map<InterviewStep, Boolean> complete, Map<InterviewStep, List<Missing>> missing) {

    /** Something a step still lacks: a message key and its argument (e.g. a profile's title). */
    public record Missing(String messageKey, String argument) {
    }

    public boolean isComplete(InterviewStep step) {
        return complete.getOrDefault(step, false);
    }

    public int completeCount() {
        return (int) complete.values().stream().filter(Boolean::booleanValue).count();
    }
}
