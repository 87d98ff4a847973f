package de.querschnitt.profile;

/** Review state of a profile or instrument set: Entwurf, Zur Prüfung, Freigegeben, Abgeschlossen (locked). */
public enum ReviewStatus {
    ENTWURF,
    ZUR_PRUEFUNG,
    FREIGEGEBEN,
    ABGESCHLOSSEN
}
