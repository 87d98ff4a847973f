package de.querschnitt.demo;

import de.querschnitt.organisation.UnitKind;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.Role;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shape of {@code demo/sozial-plattform-2017.json}: Anlage 1 of the seed paper, transcribed by hand.
 */
record DemoData(RoundJson round, List<UnitJson> units, List<TermJson> spaceTerms, List<TermJson> themes,
        List<ProfileJson> profiles, List<InstrumentsJson> unitInstruments, List<String> coreThemes,
        List<AccountJson> accounts) {

    record RoundJson(String name, int year, @Nullable String description) {
    }

    record UnitJson(String code, String name, UnitKind kind, @Nullable String description) {
    }

    record TermJson(String name, @Nullable String description, List<String> synonyms) {
    }

    record ProfileJson(String unit, String title, @Nullable String documentTitle, ProfileKind kind,
            PlanningLevel planningLevel, Period period, Map<SectionKind, SectionJson> sections) {
    }

    record InstrumentsJson(String unit, Map<SectionKind, SectionJson> sections) {
    }

    record SectionJson(@Nullable String intro, List<ItemJson> items, @Nullable String note) {
    }

    record ItemJson(String text, List<String> terms, List<ItemJson> children) {
    }

    record AccountJson(String username, String displayName, Role role, @Nullable String unit) {
    }
}
