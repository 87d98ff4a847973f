package de.querschnitt.interview;

/** The appointment fields saved one at a time; {@link #key()} names them in the revision trail. */
public enum InterviewField {
    DATE("interview.date", 10),
    PLACE("interview.place", 200),
    NOTES("interview.notes", 5000);

    private final String key;
    private final int maxLength;

    InterviewField(String key, int maxLength) {
        this.key = key;
        this.maxLength = maxLength;
    }

    public String key() {
        return key;
    }

    public int maxLength() {
        return maxLength;
    }
}
