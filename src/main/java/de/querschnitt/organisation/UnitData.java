package de.querschnitt.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a form or an import edits of a unit. */
public record UnitData(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitKind kind,
        @Nullable @Size(max = 2000) String description) {
}
