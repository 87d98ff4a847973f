package de.querschnitt.annex;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the annex, prefix {@code querschnitt.annex}.
 *
 * @param city the city named on the title page and in every page's header
 */
@ConfigurationProperties("querschnitt.annex")
public record AnnexProperties(@DefaultValue("Stadt Aachen") String city) {
}
