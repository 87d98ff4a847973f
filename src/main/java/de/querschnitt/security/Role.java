package de.querschnitt.security;

/** What a person may do in Querschnitt; see PRODUCT.md. */
public enum Role {
    /** Sozialplanung: administrator, may do everything. */
    PLANNER,
    /** Holds the tablet in the interview: creates and edits interviews and profiles. */
    INTERVIEWER,
    /** Staff of exactly one unit: sees and corrects that unit's entries only. */
    DEPARTMENT,
    /** External partner: reads the finalised overview. */
    READER;

    /** Spring Security authority name, e.g. {@code ROLE_PLANNER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    // Names for @RolesAllowed / @PreAuthorize, which need compile-time constants
    public static final String PLANNER_NAME = "PLANNER";
    public static final String INTERVIEWER_NAME = "INTERVIEWER";
    public static final String DEPARTMENT_NAME = "DEPARTMENT";
    public static final String READER_NAME = "READER";
}
