package de.querschnitt.accessibility;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the accessibility statement says about the operator, prefix {@code querschnitt.accessibility}.
 *
 * @param operator the public body that runs the application
 * @param contact  where people report barriers (an e-mail address becomes a mail link); the default is a
 *                 placeholder every operator must replace
 * @param created  the day the statement was written
 * @param reviewed the day it was last checked against the application
 */
@ConfigurationProperties("querschnitt.accessibility")
public record AccessibilityProperties(
        @DefaultValue("Stadt Aachen") String operator,
        @DefaultValue("barrierefreiheit@stadt.example") String contact,
        @DefaultValue("2026-11-24") LocalDate created,
        @DefaultValue("2026-11-24") LocalDate reviewed) {
}
