package de.querschnitt.audit;

import org.jspecify.annotations.Nullable;

/** What changed: the entity, and the profile and unit it belongs to (for histories and filters). */
public record Target(String entity, long entityId, @Nullable Long profileId, @Nullable Long unitId) {
}
