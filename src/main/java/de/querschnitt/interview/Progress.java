package de.querschnitt.interview;

import java.util.List;
import java.util.Map;

/**
 * Which steps of the questionnaire are complete, and what is missing in the others.
 *
 * @param missing per incomplete step, message keys (with the profile title as argument where it applies)
 * @param withContent the steps in which something has been captured (then "nothing to capture" does not apply)
 */
public record Progress(Map<InterviewStep, Boolean> complete, Map<InterviewStep, List<Missing>> missing,
        java.util.Set<InterviewStep> withContent) {

    /** Something a step still lacks: a message key and its argument (e.g. a profile's title). */
    public record Missing(String messageKey, String argument) {
    }

    public boolean isComplete(InterviewStep step) {
        return complete.getOrDefault(step, false);
    }

    public boolean hasContent(InterviewStep step) {
        return withContent.contains(step);
    }

    public int completeCount() {
        return (int) complete.values().stream().filter(Boolean::booleanValue).count();
    }
}
