package de.querschnitt.matrix;

import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * What connects a unit with a term: one of its profiles, or its instrument set ({@code profileId}, {@code kind}
 * null).
 */
public record MatrixEntry(long unitId, long termId, @Nullable Long profileId, String title, @Nullable ProfileKind kind,
        ReviewStatus reviewStatus) {

    public boolean isProfile() {
        return profileId != null;
    }
}
