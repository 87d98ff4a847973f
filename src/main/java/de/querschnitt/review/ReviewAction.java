package de.querschnitt.review;

import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The transitions of review, each with the one role that may take it and the states it starts from. */
public enum ReviewAction {
    /** Zur Prüfung senden. */
    SEND_TO_REVIEW(Role.PLANNER, ReviewStatus.ENTWURF),
    /** Freigeben: the unit confirms. */
    CONFIRM(Role.DEPARTMENT, ReviewStatus.ZUR_PRUEFUNG),
    /** Zurückgeben mit Rückfrage. */
    SEND_BACK(Role.PLANNER, ReviewStatus.ZUR_PRUEFUNG, ReviewStatus.FREIGEGEBEN),
    /** Abschließen: accepted and locked. */
    CLOSE(Role.PLANNER, ReviewStatus.FREIGEGEBEN),
    /** Wieder öffnen. */
    REOPEN(Role.PLANNER, ReviewStatus.ABGESCHLOSSEN);

    private final Role role;
    private final Set<ReviewStatus> from;

    ReviewAction(Role role, ReviewStatus... from) {
        this.role = role;
        this.from = Set.of(from);
    }

    public Role role() {
        return role;
    }

    public boolean possibleIn(ReviewStatus status) {
        return from.contains(status);
    }

    /** What a person of the role can do with an entry in the state, in the order a view offers it. */
    public static List<ReviewAction> available(Role role, ReviewStatus status) {
        return Arrays.stream(values()).filter(a -> a.role == role && a.possibleIn(status)).toList();
    }
}
