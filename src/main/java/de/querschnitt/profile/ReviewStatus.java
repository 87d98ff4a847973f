package de.querschnitt.profile;

import de.querschnitt.common.UserError;
import de.querschnitt.security.Role;

/** Review state of a profile or instrument set: Entwurf, Zur Prüfung, Freigegeben, Abgeschlossen (locked). */
public enum ReviewStatus {
    ENTWURF,
    ZUR_PRUEFUNG,
    FREIGEGEBEN,
    ABGESCHLOSSEN;

    /**
     * Who may change an entry in this state: nobody once it is closed; its unit only while it is in review
     * (before, the planning staff are still capturing it; after, the unit has confirmed it); planning staff
     * until it is closed.
     */
    public boolean editableBy(Role role) {
        return switch (this) {
            case ABGESCHLOSSEN -> false;
            case ZUR_PRUEFUNG -> role != Role.READER;
            case ENTWURF, FREIGEGEBEN -> role == Role.PLANNER || role == Role.INTERVIEWER;
        };
    }

    /** @throws UserError saying why the entry cannot be changed now, unless {@link #editableBy} */
    public void requireEditableBy(Role role) {
        if (editableBy(role)) {
            return;
        }
        throw new UserError(this == ABGESCHLOSSEN ? "profile.error.locked"
                : role == Role.DEPARTMENT ? "profile.error.not-in-review" : "profile.error.read-only");
    }
}
