package de.querschnitt.survey;

import org.jspecify.annotations.Nullable;

/** An Erhebung, e.g. "Sozial-Plattform 2017". */
public record SurveyRound(long id, String name, int year, @Nullable String description,
        @Nullable Long previousRoundId, boolean closed) {
}
