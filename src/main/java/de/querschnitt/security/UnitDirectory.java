package de.querschnitt.security;

import java.util.List;
import java.util.Optional;

/**
 * The units an account can be bound to, as the account pages name them. The organisation feature implements
 * it: organisation depends on security, so security may not ask the unit service directly.
 */
public interface UnitDirectory {

    /** A unit as a choice: its id and its label ("FB 45 Jugend und Familie"). */
    record UnitRef(long id, String label) {
    }

    /** All units, ordered as the unit list shows them. */
    List<UnitRef> units();

    default Optional<UnitRef> find(long unitId) {
        return units().stream().filter(u -> u.id() == unitId).findFirst();
    }
}
