package de.querschnitt.profile;

import java.util.List;

/** Steuerungsinstrumente/Themen of a unit that belong to no plan. */
public record InstrumentSet(long id, long roundId, long unitId, ReviewStatus status, List<Section> sections) {
}
