package de.querschnitt.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the planner enters to create an account. */
public record AccountData(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "{account.username.pattern}")
        String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        @Nullable Long unitId) {
}
