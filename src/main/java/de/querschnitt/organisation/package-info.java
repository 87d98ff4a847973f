/** Organisational units (Fachbereiche, Eigenbetriebe, external partners). */
package de.querschnitt.organisation;
