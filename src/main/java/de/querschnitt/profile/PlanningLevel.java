package de.querschnitt.profile;

/** Planungsebene: übergreifend gesamtstädtisch, stadtteilbezogen übergreifend, Fachplanung. */
public enum PlanningLevel {
    GESAMTSTAEDTISCH,
    STADTTEILBEZOGEN,
    FACHPLANUNG
}
