/**
 * CSV export (profiles, unit instruments, matrix, history, units, accounts) and import (units, accounts,
 * profiles) for spreadsheet users. The format is documented in {@code docs/csv-format.md}; imports go through
 * the same service methods and validation as the forms.
 */
package de.querschnitt.exchange;
