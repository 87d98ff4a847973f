package de.querschnitt.organisation;

public enum UnitKind {
    FACHBEREICH,
    EIGENBETRIEB,
    EXTERNER_PARTNER
}
