package de.querschnitt.profile;

/** Whose grid sections a form edits: a profile's, or the instruments of a unit that belong to no plan. */
public sealed interface SectionOwner {

    record OfProfile(long profileId) implements SectionOwner {
    }

    /** A unit's instruments and themes without a plan in a round; created with the first entry. */
    record OfInstruments(long roundId, long unitId) implements SectionOwner {
    }
}
