package de.querschnitt.review;

/** A stored entry that goes through review: a profile, or the instrument set of a unit. */
public record TargetRef(Type type, long id) {

    public enum Type {
        PROFILE,
        INSTRUMENT_SET
    }
}
