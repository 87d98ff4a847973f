package de.querschnitt.organisation;

import de.querschnitt.security.UnitDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the account pages which units exist and how they are named (security may not depend on us). */
@Component
class AccountUnits implements UnitDirectory {

    private final UnitService units;

    AccountUnits(UnitService units) {
        this.units = units;
    }

    @Override
    public List<UnitRef> units() {
        return units.findAll().stream().map(u -> new UnitRef(u.id(), u.label())).toList();
    }
}
