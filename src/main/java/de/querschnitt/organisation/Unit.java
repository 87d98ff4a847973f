package de.querschnitt.organisation;

import org.jspecify.annotations.Nullable;

/** An Organisationseinheit: a Fachbereich, an Eigenbetrieb or an external partner. */
public record Unit(long id, int version, String code, String name, UnitKind kind, @Nullable String description) {

    /** "FB 56 Wohnen, Soziales und Integration" */
    public String label() {
        return code + " " + name;
    }
}
