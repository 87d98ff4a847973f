package de.querschnitt.profile;

/** A vocabulary term an item refers to. */
public record TermRef(long id, String name) {
}
