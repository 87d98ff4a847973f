/** Survey rounds (Erhebungen); interviews follow. */
package de.querschnitt.survey;
