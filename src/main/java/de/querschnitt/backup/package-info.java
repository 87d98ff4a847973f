/**
 * Backups of the SQLite database: a consistent copy with {@code VACUUM INTO} into {@code <data-dir>/backups/},
 * checked with {@code PRAGMA integrity_check}, the last N kept; on demand by the planner and daily on a
 * schedule. Restore is described in the README and in {@code docs/decisions/008-durability.md}.
 */
package de.querschnitt.backup;
