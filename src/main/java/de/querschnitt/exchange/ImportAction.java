package de.querschnitt.exchange;

/** What an import does with one row. */
public enum ImportAction {
    CREATE,
    UPDATE,
    UNCHANGED
}
