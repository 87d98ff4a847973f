/** The interview with a unit: appointment, participants, and the questionnaire's steps and progress. */
@NullMarked
package de.querschnitt.interview;

import org.jspecify.annotations.NullMarked;
