/** Shared building blocks: settings, the database, validation into user-facing errors, i18n and small UI helpers. */
package de.querschnitt.common;
