package de.querschnitt.review;

import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionOwner;
import org.jspecify.annotations.Nullable;

/**
 * A line of a unit's review list: a profile or the unit's instruments, its state, and what is waiting.
 *
 * @param title the profile's title; {@code null} for the instruments
 * @param openCorrections corrections the planner has not accepted yet
 * @param openThreads comment threads not yet resolved
 * @param unanswered open questions of the planning staff that the unit has not answered yet
 */
public record ReviewEntry(SectionOwner target, long unitId, @Nullable String title, ReviewStatus status,
        int openCorrections, int openThreads, int unanswered) {

    public boolean isInstruments() {
        return target instanceof SectionOwner.OfInstruments;
    }
}
