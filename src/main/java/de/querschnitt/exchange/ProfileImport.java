package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.UpdateCycle;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks a profiles file. A profile is identified by round, unit and title: a new one is created, a stored
 * one gets the changed master data and sections (with revisions), an identical one is left alone.
 */
@Component
class ProfileImport {

    private final ProfileService profiles;
    private final SurveyRoundService rounds;
    private final UnitService units;
    private final VocabularyService vocabulary;
    private final Validation validation;
    private final Values values;

    ProfileImport(ProfileService profiles, SurveyRoundService rounds, UnitService units, VocabularyService vocabulary,
            Validation validation, Values values) {
        this.profiles = profiles;
        this.rounds = rounds;
        this.units = units;
        this.vocabulary = vocabulary;
        this.validation = validation;
        this.values = values;
    }

    void plan(List<CsvInput.Row> rows, ImportPlan plan) {
        Map<String, SurveyRound> roundsByName = new HashMap<>();
        rounds.findAll().forEach(r -> roundsByName.put(Values.lower(r.name()), r));
        Map<String, Unit> unitsByCode = new HashMap<>();
        units.findAll().forEach(u -> unitsByCode.put(Values.lower(u.code()), u));
        Map<Vocabulary, Map<String, Term>> terms = Map.of(Vocabulary.THEME, termsByName(Vocabulary.THEME),
                Vocabulary.SPACE, termsByName(Vocabulary.SPACE));
        Map<String, Integer> seen = new HashMap<>();
        for (CsvInput.Row row : rows) {
            int before = plan.problems.size();
            SurveyRound round = roundsByName.get(Values.lower(row.get(Columns.ROUND)));
            if (round == null) {
                plan.problem(row, Columns.ROUND, new UserError("exchange.error.unknown-round", row.get(Columns.ROUND)));
            }
            Unit unit = unitsByCode.get(Values.lower(row.get(Columns.UNIT)));
            if (unit == null) {
                plan.problem(row, Columns.UNIT, new UserError("exchange.error.unknown-unit", row.get(Columns.UNIT)));
            }
            ProfileData data = data(row, plan);
            List<SectionData> sectionData = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            for (SectionKind kind : SectionKind.values()) {
                String column = Columns.SECTIONS.get(kind);
                String cell = row.get(column);
                if (cell.isBlank()) {
                    continue;
                }
                var parsed = SectionText.parse(kind, cell, kind.vocabulary().map(terms::get).orElse(Map.of()), column);
                parsed.problems().forEach(p -> plan.problem(row, column, p));
                if (parsed.data() != null) {
                    try {
                        validation.check(parsed.data());
                        sectionData.add(parsed.data());
                        sections.add(parsed.section());
                    } catch (UserError error) {
                        plan.problem(row, column, error);
                    }
                }
            }
            String title = row.get(Columns.TITLE);
            String key = row.get(Columns.ROUND).strip() + "\n" + Values.lower(row.get(Columns.UNIT)) + "\n"
                    + Values.lower(title);
            Integer first = title.isBlank() ? null : seen.putIfAbsent(key.toLowerCase(), row.line());
            if (first != null) {
                plan.problem(row, Columns.TITLE, new UserError("exchange.error.duplicate", title, first));
            }
            if (plan.problems.size() > before || data == null) {
                continue;
            }
            String subject = unit.code() + ": " + data.title().strip();
            Optional<ProfileCard> stored = profiles.findByUnit(round.id(), unit.id()).stream()
                    .filter(s -> s.title().strip().equalsIgnoreCase(data.title().strip())).findFirst()
                    .flatMap(s -> profiles.findCard(s.id()));
            if (stored.isEmpty()) {
                plan.change(row, ImportAction.CREATE, subject, List.of(),
                        links -> profiles.create(round.id(), unit.id(), data, sectionData));
                continue;
            }
            ProfileCard card = stored.get();
            List<String> changedMaster = changed(ProfileCells.master(card.profile().data()), ProfileCells.master(data));
            List<String> changedSections = changed(ProfileCells.sections(card.sections()),
                    ProfileCells.sections(sections));
            if (changedMaster.isEmpty() && changedSections.isEmpty()) {
                plan.change(row, ImportAction.UNCHANGED, subject, List.of(), null);
            } else if (card.profile().status() == ReviewStatus.ABGESCHLOSSEN) {
                plan.problem(row, Columns.TITLE, new UserError("profile.error.locked"));
            } else {
                List<String> changedColumns = new ArrayList<>(changedMaster);
                changedColumns.addAll(changedSections);
                long id = card.profile().id();
                int version = card.profile().version();
                plan.change(row, ImportAction.UPDATE, subject, changedColumns, links -> {
                    if (!changedMaster.isEmpty()) {
                        profiles.updateData(id, version, data);
                    }
                    if (!changedSections.isEmpty()) {
                        profiles.replaceSections(id, sectionData);
                    }
                });
            }
        }
    }

    /** The master data of a row, or null if a cell of it is not valid (the problems are recorded). */
    private ProfileData data(CsvInput.Row row, ImportPlan plan) {
        int before = plan.problems.size();
        ProfileKind kind = enumeration(ProfileKind.class, row, Columns.KIND, true, plan);
        PlanningLevel level = enumeration(PlanningLevel.class, row, Columns.LEVEL, true, plan);
        Integer from = year(row, Columns.FROM, plan);
        Integer to = year(row, Columns.TO, plan);
        UpdateCycle cycle = enumeration(UpdateCycle.class, row, Columns.CYCLE, false, plan);
        PeriodState state = enumeration(PeriodState.class, row, Columns.STATE, false, plan);
        if (plan.problems.size() > before) {
            return null;
        }
        var data = new ProfileData(row.get(Columns.TITLE), UnitImport.blankToNull(row.get(Columns.DOCUMENT_TITLE)),
                kind, level, new Period(from, to, cycle, state, UnitImport.blankToNull(row.get(Columns.PERIOD_NOTE))));
        try {
            validation.check(data);
            return data;
        } catch (UserError error) {
            plan.invalid(row, Columns.TITLE, error);
            return null;
        }
    }

    /** The constant in a cell; null if the cell is empty (a problem if required) or names no constant. */
    private <E extends Enum<E>> E enumeration(Class<E> type, CsvInput.Row row, String column, boolean required,
            ImportPlan plan) {
        String cell = row.get(column);
        if (cell.isBlank() && !required) {
            return null;
        }
        var value = values.parse(type, Values.enumLabelPrefix(type), cell);
        if (value.isEmpty()) {
            plan.problem(row, column, Values.notAllowed(type, cell));
        }
        return value.orElse(null);
    }

    /** The year in a cell; null if the cell is empty or holds no year (then a problem is recorded). */
    private static Integer year(CsvInput.Row row, String column, ImportPlan plan) {
        try {
            return Values.year(row.get(column));
        } catch (UserError error) {
            plan.problem(row, column, error);
            return null;
        }
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
    }

    private Map<String, Term> termsByName(Vocabulary kind) {
        Map<String, Term> byName = new HashMap<>();
        for (Term term : vocabulary.findAll(kind)) {
            byName.put(Values.lower(term.name()), term);
            term.synonyms().forEach(s -> byName.putIfAbsent(Values.lower(s), term));
        }
        return byName;
    }
}
