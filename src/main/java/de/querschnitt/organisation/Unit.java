package de.querschnitt.organisation;

import org.jspecify.annotations.Nullable;

/** An Organisationseinheit: a Fachbereich, an Eigenbetrieb or an external partner. */
public record Unit(long id, int version, String code, String name, UnitKind kind, @Nullable String description) {

    /** "FB 56 Wohnen, Soziales und Integration"; "Theater" rather than "Theater Theater" when the name starts with the code. */
    public String label() {
        return name.regionMatches(true, 0, code, 0, code.length()) ? name : code + " " + name;
    }
}
