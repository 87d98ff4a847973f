package de.querschnitt.review.ui;

import com.vaadin.flow.component.HasComponents;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.review.ReviewService;
import de.querschnitt.review.ReviewState;
import de.querschnitt.security.Role;

/**
 * The review part of a review form: the bar above the form and the corrections below its boxes, kept current;
 * the planner accepts a correction from its box.
 */
final class ReviewHead {

    private final ReviewService reviews;
    private final SectionOwner owner;
    private final ReviewBar bar;
    private final ReviewChanges changes;

    /** @param changed runs after a transition, so the page can show the entry in its new state */
    ReviewHead(ReviewService reviews, SectionOwner owner, Role role, Runnable changed) {
        this.reviews = reviews;
        this.owner = owner;
        ReviewState state = reviews.state(owner);
        this.bar = new ReviewBar(reviews, state, role, changed);
        this.changes = new ReviewChanges(role == Role.PLANNER ? this::accept : null);
    }

    ReviewBar bar() {
        return bar;
    }

    ReviewStatus status() {
        return bar.state().status();
    }

    /** Places the corrections of a box ("MASTER", "PERIOD" or a section kind's name) at the end of it. */
    void attach(String box, HasComponents container) {
        changes.attach(box, container);
        changes.show(bar.state().corrections());
    }

    /** Shows the stored state; false if the entry is no longer there for this person. */
    boolean refresh() {
        try {
            ReviewState state = reviews.state(owner);
            bar.show(state);
            changes.show(state.corrections());
            return true;
        } catch (UserError gone) {
            return false;
        }
    }

    private void accept(String field) {
        try {
            reviews.accept(owner, field);
        } catch (UserError error) {
            ErrorMessages.show(bar, error);
        }
        refresh();
    }
}
