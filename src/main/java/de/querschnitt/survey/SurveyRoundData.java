package de.querschnitt.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record SurveyRoundData(
        @NotBlank @Size(max = 200) String name,
        @Min(1900) @Max(2200) int year,
        @Nullable @Size(max = 2000) String description,
        @Nullable Long previousRoundId) {
}
