package de.querschnitt.organisation;

/** The master data fields of a unit that the questionnaire's first step saves one at a time. */
public enum UnitField {
    CODE("code"),
    NAME("name"),
    KIND("kind");

    private final String key;

    UnitField(String key) {
        this.key = key;
    }

    /** The field name in the revision trail. */
    public String key() {
        return key;
    }
}
