package de.querschnitt.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What is written into one section: lead text, items (with the ids of the terms they refer to), note. */
public record SectionData(
        @NotNull SectionKind kind,
        @Nullable @Size(max = 2000) String intro,
        @NotNull @Size(max = 200) List<@NotNull @Valid Item> items,
        @Nullable @Size(max = 5000) String note) {

    public record Item(@Min(0) @Max(1) int level, @NotBlank @Size(max = 5000) String text,
            @NotNull List<@NotNull Long> termIds) {

        public static Item of(String text) {
            return new Item(0, text, List.of());
        }
    }

    @AssertTrue(message = "{section.items.first-level}")
    boolean isFirstItemTopLevel() {
        return items == null || items.isEmpty() || items.getFirst() == null || items.getFirst().level() == 0;
    }
}
