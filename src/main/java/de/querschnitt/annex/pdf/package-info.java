/**
 * Lays out an {@code AnnexModel} on PDFBox: pages, tagged text, cards, tables, contents, bookmarks, metadata.
 * No Spring and no database, so benchmarks and tests feed it models directly (see docs/decisions/006).
 */
package de.querschnitt.annex.pdf;
