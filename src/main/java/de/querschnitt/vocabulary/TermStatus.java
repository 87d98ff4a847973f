package de.querschnitt.vocabulary;

/** Where a term stands in the planner's vocabulary. */
public enum TermStatus {
    /** Part of the vocabulary; offered everywhere. */
    ACCEPTED,
    /** Suggested by an interviewer, a department or the planner; waits for the planner to accept or merge it. */
    PROPOSED,
    /** Folded into another term ({@code merged_into_id}); no longer offered, kept for the history. */
    MERGED
}
