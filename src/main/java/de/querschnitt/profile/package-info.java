/** Profiles of planning documents with their grid sections, a unit's instruments without a plan, and the revision trail. */
package de.querschnitt.profile;
