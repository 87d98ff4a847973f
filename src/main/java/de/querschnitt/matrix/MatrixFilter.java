package de.querschnitt.matrix;

import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the matrix; {@code null} means "all". Kind and planning level are properties of planning documents:
 * when either is set, a unit's instruments without a plan drop out of the count.
 */
public record MatrixFilter(@Nullable ReviewStatus reviewStatus, @Nullable ProfileKind kind,
        @Nullable PlanningLevel planningLevel) {

    public static final MatrixFilter NONE = new MatrixFilter(null, null, null);

    public boolean onlyProfiles() {
        return kind != null || planningLevel != null;
    }
}
