package de.querschnitt.profile.ui;

import de.querschnitt.common.ui.Badge;
import de.querschnitt.profile.ReviewStatus;

public final class StatusBadge {

    private StatusBadge() {
    }

    public static Badge of(ReviewStatus status, String label) {
        return new Badge(label, switch (status) {
            case ENTWURF -> Badge.Tone.NEUTRAL;
            case ZUR_PRUEFUNG -> Badge.Tone.WARNING;
            case FREIGEGEBEN -> Badge.Tone.INFO;
            case ABGESCHLOSSEN -> Badge.Tone.SUCCESS;
        });
    }
}
