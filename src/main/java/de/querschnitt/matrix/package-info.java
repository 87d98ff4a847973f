/** Consolidation: units against themes or Raumbezug, core themes and gaps. */
package de.querschnitt.matrix;
