package de.querschnitt.comment;

/**
 * What the asking person may do with the threads of one owner, for the panel to show only what works.
 *
 * @param writable new threads and answers are possible (the profile or instruments are not closed)
 * @param planningStaff the person asks as planner or interviewer (a question) rather than as the unit (a remark)
 */
public record CommentRights(boolean writable, boolean planningStaff) {
}
