package de.querschnitt.organisation;

import org.jspecify.annotations.Nullable;

/** An Organisationseinheit: a Fachbereich, an Eigenbetrieb or an external partner. */
public record Unit(long id, int version, String code, String name, UnitKind kind, @Nullable String description) {

    /** "FB 56 Wohnen, Soziales und Integration"; "Theater" rather than "Theater Theater" when the name starts with the code. */
    public String label() {
        return label(code, name);
    }

    /** The same rule for places that hold a unit's code and name without the record (the annex model). */
    public static String label(String code, String name) {
        return name.regionMatches(true, 0, code, 0, code.length()) ? name : code + " " + name;
    }
}
