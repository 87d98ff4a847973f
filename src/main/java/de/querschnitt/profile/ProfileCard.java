package de.querschnitt.profile;

import de.querschnitt.organisation.Unit;
import java.util.List;
import java.util.Optional;

/** Everything a profile card shows: the profile, its lead unit and its sections in grid order. */
public record ProfileCard(Profile profile, Unit unit, String roundName, List<Section> sections) {

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
