package de.querschnitt.interview;

public enum InterviewStatus {
    GEPLANT,
    IN_DURCHFUEHRUNG,
    ERFASST
}
