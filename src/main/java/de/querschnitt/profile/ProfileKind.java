package de.querschnitt.profile;

/** Kind of planning document. */
public enum ProfileKind {
    PLAN,
    BERICHT,
    KONZEPT,
    MONITORING,
    PROGRAMM
}
