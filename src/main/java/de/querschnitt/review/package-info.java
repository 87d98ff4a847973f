/**
 * Department review: the states of a unit's entries, the captured version corrections are compared with,
 * "Meine Einträge" and the planner's review board.
 */
package de.querschnitt.review;
