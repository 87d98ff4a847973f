/** The revision trail: who changed which field of what, when, from which value to which. */
@NullMarked
package de.querschnitt.audit;

import org.jspecify.annotations.NullMarked;
