/** The controlled vocabularies: Übergeordnete Themen and Raumbezug terms. */
package de.querschnitt.vocabulary;
