package de.querschnitt.matrix;

/** What connects a unit with a theme: one of its profiles, or its instrument set (profileId null). */
public record MatrixEntry(long unitId, long termId, Long profileId, String title) {

    public boolean isProfile() {
        return profileId != null;
    }
}
