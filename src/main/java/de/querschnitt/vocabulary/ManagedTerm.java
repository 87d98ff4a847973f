package de.querschnitt.vocabulary;

import org.jspecify.annotations.Nullable;

/**
 * A term as the planner keeps it: with its version (for safe concurrent edits), who proposed it, and how many
 * bullet items link to it (across all rounds).
 */
public record ManagedTerm(Term term, int version, @Nullable String proposedBy, int links) {

    public long id() {
        return term.id();
    }

    public String name() {
        return term.name();
    }
}
