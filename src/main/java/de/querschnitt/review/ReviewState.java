package de.querschnitt.review;

import de.querschnitt.audit.Revision;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionOwner;
import java.util.List;

/**
 * Where an entry stands in review: its state, the corrections against the captured version (empty before it
 * was first sent to the unit) and the transitions so far, oldest first.
 */
public record ReviewState(SectionOwner target, long unitId, ReviewStatus status, boolean sent,
        List<Correction> corrections, List<Revision> transitions) {

    public long openCorrections() {
        return corrections.stream().filter(c -> !c.accepted()).count();
    }
}
