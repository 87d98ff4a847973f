package de.querschnitt.organisation;

/** A unit with how many planning documents and instruments it has in a round, for the unit list. */
public record UnitOverview(Unit unit, int profileCount, int instrumentCount) {
}
