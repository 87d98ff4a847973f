package de.querschnitt.review;

import de.querschnitt.audit.Revision;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionOwner;
import java.util.List;

/**
 * Where an entry stands in review: its state, the corrections against the captured version (empty before it
 * was first sent to the unit), the transitions so far (oldest first), and the boxes (comment keys: MASTER,
 * PERIOD or a section kind) with questions the unit has not answered yet and with discussions still open.
 */
public record ReviewState(SectionOwner target, long unitId, ReviewStatus status, boolean sent,
        List<Correction> corrections, List<Revision> transitions, List<String> unansweredBoxes,
        List<String> openThreadBoxes) {

    public long openCorrections() {
        return corrections.stream().filter(c -> !c.accepted()).count();
    }
}
