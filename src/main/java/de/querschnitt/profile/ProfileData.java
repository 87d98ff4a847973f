package de.querschnitt.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The master data of a profile that a form edits. */
public record ProfileData(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 1000) String documentTitle,
        @NotNull ProfileKind kind,
        @NotNull PlanningLevel planningLevel,
        @NotNull @Valid Period period) {

    @AssertTrue(message = "{profile.period.order}")
    boolean isPeriodInOrder() {
        return period == null || period.yearsInOrder();
    }
}
