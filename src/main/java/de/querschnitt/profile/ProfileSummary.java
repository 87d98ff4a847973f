package de.querschnitt.profile;

import org.jspecify.annotations.Nullable;

/** A line of a list of profiles. */
public record ProfileSummary(long id, long unitId, String title, @Nullable String documentTitle, ProfileKind kind,
        Period period, ReviewStatus status) {
}
