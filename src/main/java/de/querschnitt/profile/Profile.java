package de.querschnitt.profile;

/** A stored profile of a planning document (Planwerk); {@code version} guards concurrent edits. */
public record Profile(long id, int version, long roundId, long unitId, ReviewStatus status, ProfileData data) {
}
