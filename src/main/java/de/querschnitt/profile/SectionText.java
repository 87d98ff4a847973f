package de.querschnitt.profile;

/** The two free texts of a section around its bullet items. */
public enum SectionText {
    /** lead text between heading and bullets ("SGB VIII – Handlungsfelder:") */
    INTRO(2000),
    /** remark after the bullets */
    NOTE(5000);

    private final int maxLength;

    SectionText(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The field name in the revision trail, e.g. "INHALT.intro". */
    public String key(SectionKind kind) {
        return kind.name() + "." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
