package de.querschnitt.comment;

/**
 * What a thread is about: a profile, or the instruments of a unit without a plan in a round. Mirrors
 * {@code profile.SectionOwner} (this feature must not depend on {@code profile}, whose views embed the
 * comment panel).
 */
public sealed interface CommentOwner {

    record OfProfile(long profileId) implements CommentOwner {
    }

    record OfInstruments(long roundId, long unitId) implements CommentOwner {
    }

    static CommentOwner profile(long profileId) {
        return new OfProfile(profileId);
    }

    static CommentOwner instruments(long roundId, long unitId) {
        return new OfInstruments(roundId, unitId);
    }
}
