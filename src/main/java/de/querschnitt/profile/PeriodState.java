package de.querschnitt.profile;

/** Where a planning document stands in time. */
public enum PeriodState {
    AKTUELL,
    IN_BEARBEITUNG,
    IN_VORBEREITUNG,
    AUSGELAUFEN
}
