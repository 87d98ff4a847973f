package de.querschnitt.vocabulary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record TermData(
        @NotNull Vocabulary vocabulary,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 2000) String description,
        @NotNull List<@NotBlank @Size(max = 200) String> synonyms) {
}
