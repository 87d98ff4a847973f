package de.querschnitt.vocabulary;

/** The two controlled vocabularies of the profile grid. */
public enum Vocabulary {
    /** Übergeordnete Themen */
    THEME,
    /** Raumbezug: Gesamtstadt, Stadtbezirke, Sozialräume, ... */
    SPACE
}
