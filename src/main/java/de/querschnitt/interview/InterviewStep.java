package de.querschnitt.interview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The questionnaire's steps in the order the interview walks through them. */
public enum InterviewStep {
    STAMMDATEN,
    PLANWERKE,
    INSTRUMENTE,
    SCHNITTSTELLEN,
    BEDARFE;

    /** The step's part of the URL, e.g. "planwerke". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InterviewStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** Whether the interviewer can confirm that there is nothing to capture in this step. */
    public boolean mayBeEmpty() {
        return this != STAMMDATEN;
    }
}
