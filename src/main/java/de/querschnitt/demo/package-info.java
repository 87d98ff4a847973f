/** The seed's Anlage 1 as demo data, loaded into an empty database. */
package de.querschnitt.demo;
