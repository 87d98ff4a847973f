package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.audit.Revision;
import de.querschnitt.security.Account;
import de.querschnitt.security.AccountService;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV files for spreadsheets: profiles, unit instruments, the matrix, the history, units and accounts. The
 * profile, unit and account files are also the import format. Planning staff only: the files span all units.
 */
@Service
public class CsvExportService {

    /** Times in the history are written as the city's local time, which spreadsheets read as a date. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private final ProfileService profiles;
    private final InstrumentSetService instruments;
    private final MatrixService matrix;
    private final UnitService units;
    private final AccountService accounts;
    private final SurveyRoundService rounds;

    CsvExportService(ProfileService profiles, InstrumentSetService instruments, MatrixService matrix,
            UnitService units, AccountService accounts, SurveyRoundService rounds) {
        this.profiles = profiles;
        this.instruments = instruments;
        this.matrix = matrix;
        this.units = units;
        this.accounts = accounts;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public CsvFile units(CsvDialect dialect) {
        var table = new CsvTableWriter(dialect, ImportKind.UNITS.header());
        for (Unit unit : units.findAll()) {
            table.row(list(unit.code(), unit.name(), unit.kind().name(), unit.description()));
        }
        return table.finish("einheiten.csv");
    }

    /** Accounts without any secret: user name, display name, role and unit code. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public CsvFile accounts(CsvDialect dialect) {
        Map<Long, String> codes = unitCodes();
        var table = new CsvTableWriter(dialect, ImportKind.ACCOUNTS.header());
        for (Account account : accounts.findAll()) {
            table.row(list(account.username(), account.displayName(), account.role().name(),
                    account.unitId() == null ? null : codes.get(account.unitId())));
        }
        return table.finish("konten.csv");
    }

    /** One row per profile of the round with every field; sections as bullet lines inside their cells. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public CsvFile profiles(long roundId, CsvDialect dialect) {
        SurveyRound round = round(roundId);
        var table = new CsvTableWriter(dialect, ImportKind.PROFILES.header());
        for (ProfileSummary summary : profiles.findByRound(roundId)) {
            profiles.findCard(summary.id()).ifPresent(card -> table.row(ProfileCells.row(card)));
        }
        return table.finish("profile-" + slug(round.name()) + ".csv");
    }

    /** Steuerungsinstrumente/Themen of units without a plan: one row per unit that has them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public CsvFile instruments(long roundId, CsvDialect dialect) {
        SurveyRound round = round(roundId);
        List<String> header = new ArrayList<>(List.of(Columns.ROUND, Columns.UNIT, Columns.STATUS));
        header.addAll(Columns.sectionColumns());
        var table = new CsvTableWriter(dialect, header);
        for (Unit unit : units.findAll()) {
            instruments.find(roundId, unit.id()).ifPresent(set -> {
                List<String> cells = list(round.name(), unit.code(), set.status().name());
                cells.addAll(ProfileCells.sections(set.sections()).values());
                table.row(cells);
            });
        }
        return table.finish("instrumente-" + slug(round.name()) + ".csv");
    }

    /**
     * Units × terms: per cell the number of profiles and instrument sets that connect them, with the totals
     * of the matrix view and a last row marking Kernthemen and gaps.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public CsvFile matrix(long roundId, Vocabulary vocabulary, int coreThreshold, CsvDialect dialect) {
        SurveyRound round = round(roundId);
        ThemeMatrix m = matrix.matrix(roundId, vocabulary, coreThreshold);
        List<String> header = new ArrayList<>(List.of(Columns.UNIT, Columns.NAME));
        m.terms().forEach(t -> header.add(t.name()));
        header.add(vocabulary == Vocabulary.THEME ? "Themen je Einheit" : "Raumbezüge je Einheit");
        var table = new CsvTableWriter(dialect, header);
        for (Unit unit : m.units()) {
            List<String> cells = list(unit.code(), unit.name());
            for (Term term : m.terms()) {
                int n = m.cell(unit.id(), term.id()).size();
                cells.add(n == 0 ? "" : Integer.toString(n));
            }
            cells.add(Integer.toString(m.termsCoveredBy(unit.id())));
            table.row(cells);
        }
        List<String> totals = list("Einheiten je Spalte", "");
        List<String> marks = list("Kernthema ab " + coreThreshold + " Einheiten / Lücke", "");
        for (Term term : m.terms()) {
            totals.add(Integer.toString(m.unitsCovering(term.id())));
            marks.add(m.isCore(term.id()) ? "Kernthema" : m.isGap(term.id()) ? "Lücke" : "");
        }
        totals.add(Integer.toString(m.entries().size()));
        marks.add("");
        table.row(totals);
        table.row(marks);
        String name = vocabulary == Vocabulary.THEME ? "matrix-themen-" : "matrix-raumbezug-";
        return table.finish(name + slug(round.name()) + ".csv");
    }

    /** The whole audit trail, oldest first: who changed which field of what, when, from what to what. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public CsvFile history(CsvDialect dialect) {
        var table = new CsvTableWriter(dialect, List.of("Zeitpunkt", Columns.USERNAME, Columns.ROLE, "Objekt",
                "Objekt-Nr.", "Feld", "Alter Wert", "Neuer Wert"));
        for (Revision revision : profiles.allRevisions()) {
            table.row(list(TIME.format(revision.changedAt()), revision.username(), revision.role(), revision.entity(),
                    Long.toString(revision.entityId()), revision.field(), revision.oldValue(), revision.newValue()));
        }
        return table.finish("aenderungsverlauf.csv");
    }

    private SurveyRound round(long roundId) {
        return rounds.find(roundId).orElseThrow(() -> new UserError("round.error.not-found"));
    }

    private Map<Long, String> unitCodes() {
        Map<Long, String> codes = new HashMap<>();
        units.findAll().forEach(u -> codes.put(u.id(), u.code()));
        return codes;
    }

    private static List<String> list(String... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    /** "Sozial-Plattform 2017" -> "sozial-plattform-2017", for file names. */
    static String slug(String name) {
        String ascii = name.toLowerCase(java.util.Locale.GERMAN).replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue").replace("ß", "ss");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
