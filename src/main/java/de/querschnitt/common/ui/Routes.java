package de.querschnitt.common.ui;

/**
 * Paths of the views, so that one feature's UI can link to another's without depending on its classes.
 */
public final class Routes {

    public static final String UNITS = "";
    public static final String UNIT = "einheiten";
    public static final String PROFILE = "profile";
    public static final String MATRIX = "matrix";
    public static final String INTERVIEWS = "interviews";
    public static final String VOCABULARY = "begriffe";
    public static final String EXCHANGE = "austausch";
    public static final String ANNEX = "anlage";
    /** A department's own entries in review. */
    public static final String MY_ENTRIES = "meine-eintraege";
    /** The planner's review board. */
    public static final String REVIEW_BOARD = "pruefung";
    /** The planner's accounts and invitation links. */
    public static final String ACCOUNTS = "zugaenge";
    /** The planner's backups. */
    public static final String BACKUPS = "datensicherung";

    /** Changing one's own password (every logged-in person). */
    public static final String PASSWORD = "passwort";

    private Routes() {
    }

    public static String unit(long unitId) {
        return UNIT + "/" + unitId;
    }

    public static String profile(long profileId) {
        return PROFILE + "/" + profileId;
    }

    /** The questionnaire form of a profile outside an interview (planner at the desk). */
    public static String profileEdit(long profileId) {
        return PROFILE + "/" + profileId + "/bearbeiten";
    }

    /** The instruments without a plan of a unit in the current round, as a form (review, desk). */
    public static String instrumentsEdit(long unitId) {
        return UNIT + "/" + unitId + "/instrumente";
    }

    /** The interview with a unit in the current round: started on first use, resumed afterwards. */
    public static String interviewOf(long unitId) {
        return INTERVIEWS + "?einheit=" + unitId;
    }

    /** An interview; it resumes where the interviewer left off. */
    public static String interview(long interviewId) {
        return INTERVIEWS + "/" + interviewId;
    }
}
