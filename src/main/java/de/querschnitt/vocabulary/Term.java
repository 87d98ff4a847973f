package de.querschnitt.vocabulary;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A term of a vocabulary with its synonyms. */
public record Term(long id, Vocabulary vocabulary, String name, @Nullable String description, List<String> synonyms) {
}
