package de.querschnitt.profile;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One box of the grid: an optional lead text, the ordered items, an optional note. */
public record Section(SectionKind kind, @Nullable String intro, List<SectionItem> items, @Nullable String note) {

    public boolean isEmpty() {
        return items.isEmpty() && (intro == null || intro.isBlank()) && (note == null || note.isBlank());
    }
}
