package de.querschnitt.vocabulary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the planner edits on a term: its name (a rename), description and synonyms. */
public record TermEdit(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 2000) String description,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) String> synonyms) {

    public TermEdit {
        synonyms = synonyms == null ? null : List.copyOf(synonyms);
    }
}
