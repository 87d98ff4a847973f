/**
 * The annex for the council: {@code AnnexService} collects the selected round, units and profiles into a plain
 * {@code AnnexModel}, which {@code pdf.AnnexPdf} renders as tagged PDF/A-2a.
 */
package de.querschnitt.annex;
