package de.querschnitt.profile;

/** Fortschreibungsrhythmus of a planning document. */
public enum UpdateCycle {
    EINMALIG,
    JAEHRLICH,
    MEHRJAEHRIG,
    BEI_BEDARF
}
