package de.querschnitt.review;

import de.querschnitt.organisation.Unit;
import de.querschnitt.profile.ReviewStatus;
import java.util.List;

/** A line of the planner's review board: one unit and its entries. */
public record UnitReview(Unit unit, List<ReviewEntry> entries) {

    public long count(ReviewStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    public int openCorrections() {
        return entries.stream().mapToInt(ReviewEntry::openCorrections).sum();
    }

    public int openThreads() {
        return entries.stream().mapToInt(ReviewEntry::openThreads).sum();
    }
}
