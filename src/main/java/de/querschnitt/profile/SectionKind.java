package de.querschnitt.profile;

import de.querschnitt.vocabulary.Vocabulary;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The boxes of the profile grid of the seed's annex, in the order the card and questionnaire show them. */
public enum SectionKind {
    EINORDNUNG(null),
    GRUNDLAGE(null),
    RAUMBEZUG(Vocabulary.SPACE),
    INHALT(null),
    STEUERUNG(null),
    SONSTIGES(null),
    THEMEN(Vocabulary.THEME);

    private final @Nullable Vocabulary vocabulary;

    SectionKind(@Nullable Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The vocabulary whose terms the items of this section link to, if any. */
    public Optional<Vocabulary> vocabulary() {
        return Optional.ofNullable(vocabulary);
    }
}
