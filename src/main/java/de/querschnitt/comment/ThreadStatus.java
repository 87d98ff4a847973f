package de.querschnitt.comment;

/** A thread is open until somebody marks it as done (Erledigt); it can be reopened. */
public enum ThreadStatus {
    OPEN,
    RESOLVED
}
