package de.querschnitt.annex;

import de.querschnitt.annex.AnnexModel.Block;
import de.querschnitt.annex.AnnexModel.Card;
import de.querschnitt.annex.AnnexModel.CoreThemes;
import de.querschnitt.annex.AnnexModel.Item;
import de.querschnitt.annex.AnnexModel.Matrix;
import de.querschnitt.annex.AnnexModel.UnitInstruments;
import de.querschnitt.annex.AnnexModel.UnitPlans;
import de.querschnitt.annex.pdf.AnnexPdf;
import de.querschnitt.common.UserError;
import de.querschnitt.matrix.MatrixEntry;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSet;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annex for the council: collects what the planner selected through the other features' services
 * (which apply their own access rules) into an {@link AnnexModel} and renders it as PDF, in the
 * background if asked.
 */
@Service
public class AnnexService {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final SurveyRoundService rounds;
    private final UnitService units;
    private final ProfileService profiles;
    private final InstrumentSetService instrumentSets;
    private final MatrixService matrixService;
    private final CurrentUser currentUser;
    private final AnnexProperties properties;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    /** One annex at a time: two renderings at once would only compete for the same cores and memory. */
    private final ExecutorService rendering =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("annex-pdf").daemon().factory());

    AnnexService(SurveyRoundService rounds, UnitService units, ProfileService profiles,
            InstrumentSetService instrumentSets, MatrixService matrixService, CurrentUser currentUser,
            AnnexProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.units = units;
        this.profiles = profiles;
        this.instrumentSets = instrumentSets;
        this.matrixService = matrixService;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @PreDestroy
    void stop() {
        rendering.shutdownNow();
    }

    /** The annex as PDF, rendered on a background thread under the caller's identity. */
    @PreAuthorize("hasRole('PLANNER')")
    public CompletableFuture<byte[]> generate(AnnexRequest request, AnnexPdf.Progress progress) {
        // the other features' services check who asks: the background thread asks as the caller
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller);
            SecurityContextHolder.setContext(context);
            try {
                return AnnexPdf.render(loadModel(request), progress);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, rendering);
    }

    /** The annex as PDF, on the calling thread. */
    @PreAuthorize("hasRole('PLANNER')")
    public byte[] render(AnnexRequest request) {
        return AnnexPdf.render(loadModel(request));
    }

    @PreAuthorize("hasRole('PLANNER')")
    public AnnexModel model(AnnexRequest request) {
        return loadModel(request);
    }

    private AnnexModel loadModel(AnnexRequest request) {
        return readOnly.execute(status -> build(request));
    }

    private AnnexModel build(AnnexRequest request) {
        SurveyRound round = rounds.find(request.roundId()).orElseThrow(() -> new UserError("annex.error.round"));
        List<Unit> selected = units.findAll().stream()
                .filter(u -> request.unitIds().isEmpty() || request.unitIds().contains(u.id())).toList();
        if (selected.isEmpty()) {
            throw new UserError("annex.error.no-units");
        }
        Set<Long> selectedIds = new HashSet<>(selected.stream().map(Unit::id).toList());
        List<ProfileSummary> included = profiles.findByRound(round.id()).stream()
                .filter(p -> selectedIds.contains(p.unitId()))
                .filter(p -> !request.closedOnly() || p.status() == ReviewStatus.ABGESCHLOSSEN)
                .toList();
        boolean draft = included.stream().anyMatch(p -> p.status() != ReviewStatus.ABGESCHLOSSEN);

        List<UnitPlans> plans = new ArrayList<>();
        List<UnitInstruments> instruments = new ArrayList<>();
        Set<Long> includedProfiles = new HashSet<>();
        Set<Long> unitsWithInstruments = new HashSet<>();
        for (Unit unit : selected) {
            List<Card> cards = new ArrayList<>();
            for (ProfileSummary summary : included) {
                if (summary.unitId() == unit.id()) {
                    profiles.findCard(summary.id()).ifPresent(card -> {
                        cards.add(card(card));
                        includedProfiles.add(summary.id());
                    });
                }
            }
            if (!cards.isEmpty()) {
                plans.add(new UnitPlans(unit.code(), unit.name(), cards));
            }
            InstrumentSet set = instrumentSets.find(round.id(), unit.id()).orElse(null);
            if (set != null && (!request.closedOnly() || set.status() == ReviewStatus.ABGESCHLOSSEN)
                    && set.sections().stream().anyMatch(s -> !s.isEmpty())) {
                instruments.add(new UnitInstruments(unit.code(), unit.name(),
                        AnnexGrid.instrumentRows(blocks(set.sections()))));
                unitsWithInstruments.add(unit.id());
                draft |= set.status() != ReviewStatus.ABGESCHLOSSEN;
            }
        }

        Matrix matrix = matrix(round.id(), selected, includedProfiles, unitsWithInstruments);
        List<String> recorded = matrixService.coreThemes(round.id()).stream().map(Term::name).toList();
        String selection = (request.unitIds().isEmpty() ? "alle Einheiten"
                : "ausgewählte Einheiten: " + String.join(", ", selected.stream().map(Unit::code).toList()))
                + "; " + (request.closedOnly() ? "nur abgeschlossene Profile" : "alle Profile");
        return new AnnexModel(round.name(), properties.city(), currentUser.require().displayName(),
                ZonedDateTime.now(clock.withZone(ZONE)), draft, selection, plans, instruments, matrix,
                CoreThemes.of(matrix, recorded));
    }

    private static Card card(ProfileCard card) {
        var data = card.profile().data();
        return new Card(data.title(), data.documentTitle(), AnnexGrid.period(data.period()),
                AnnexGrid.profileRows(blocks(card.sections())));
    }

    private static Map<SectionKind, Block> blocks(List<Section> sections) {
        Map<SectionKind, Block> blocks = new EnumMap<>(SectionKind.class);
        for (Section section : sections) {
            if (section.isEmpty()) {
                continue;
            }
            List<Item> items = section.items().stream().map(i -> new Item(i.level(), i.text())).toList();
            blocks.put(section.kind(), new Block(AnnexGrid.heading(section.kind()), section.intro(), items,
                    section.note()));
        }
        return blocks;
    }

    /** The round's theme matrix, cut down to the selected units and to what the annex includes. */
    private Matrix matrix(long roundId, List<Unit> selected, Set<Long> includedProfiles,
            Set<Long> unitsWithInstruments) {
        ThemeMatrix full = matrixService.matrix(roundId, Vocabulary.THEME, MatrixService.DEFAULT_CORE_THRESHOLD);
        List<Term> themes = full.terms();
        int[][] counts = new int[selected.size()][themes.size()];
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < selected.size(); r++) {
            Unit unit = selected.get(r);
            labels.add(unit.label());
            for (int c = 0; c < themes.size(); c++) {
                for (MatrixEntry entry : full.cell(unit.id(), themes.get(c).id())) {
                    boolean included = entry.isProfile() ? includedProfiles.contains(entry.profileId())
                            : unitsWithInstruments.contains(unit.id());
                    if (included) {
                        counts[r][c]++;
                    }
                }
            }
        }
        return new Matrix(labels, themes.stream().map(Term::name).toList(), counts, full.coreThreshold());
    }
}
