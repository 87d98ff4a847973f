/**
 * Accessibility as a feature of its own: the public "Erklärung zur Barrierefreiheit" that public bodies in
 * NRW must publish (BGG NRW § 10b, BITV NRW) and its configurable contact.
 */
@org.jspecify.annotations.NullMarked
package de.querschnitt.accessibility;
