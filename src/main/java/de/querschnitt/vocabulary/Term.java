package de.querschnitt.vocabulary;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A term of a vocabulary with its synonyms; {@code status} tells pickers whether it is still only proposed. */
public record Term(long id, Vocabulary vocabulary, String name, @Nullable String description, List<String> synonyms,
        TermStatus status) {

    public boolean isProposed() {
        return status == TermStatus.PROPOSED;
    }
}
