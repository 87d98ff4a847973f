package de.querschnitt.annex;

import java.util.Set;

/**
 * What the planner chose to put into the annex.
 *
 * @param unitIds the units to include; empty means every unit
 * @param closedOnly only closed ("Abgeschlossen") profiles and instrument sets, or all of them
 */
public record AnnexRequest(long roundId, Set<Long> unitIds, boolean closedOnly) {

    public AnnexRequest {
        unitIds = Set.copyOf(unitIds);
    }
}
