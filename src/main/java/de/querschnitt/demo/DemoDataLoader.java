package de.querschnitt.demo;

import de.querschnitt.common.QuerschnittProperties;
import de.querschnitt.demo.DemoData.ItemJson;
import de.querschnitt.demo.DemoData.SectionJson;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.organisation.UnitData;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.AccountData;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundData;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.TermData;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty database with the seed's demo data when {@code querschnitt.demo-data} is on. It writes
 * through the same service methods (and so the same validation and revisions) as a planner would.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String RESOURCE = "demo/sozial-plattform-2017.json";
    /** The password of every demo account; shown on the login page in demo mode. */
    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final QuerschnittProperties properties;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final AccountService accounts;
    private final UnitService units;
    private final SurveyRoundService rounds;
    private final VocabularyService vocabulary;
    private final ProfileService profiles;
    private final InstrumentSetService instruments;
    private final MatrixService matrix;

    DemoDataLoader(QuerschnittProperties properties, JsonMapper json, TransactionTemplate transaction,
            AccountService accounts, UnitService units, SurveyRoundService rounds, VocabularyService vocabulary,
            ProfileService profiles, InstrumentSetService instruments, MatrixService matrix) {
        this.properties = properties;
        this.json = json;
        this.transaction = transaction;
        this.accounts = accounts;
        this.units = units;
        this.rounds = rounds;
        this.vocabulary = vocabulary;
        this.profiles = profiles;
        this.instruments = instruments;
        this.matrix = matrix;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        SystemAuthentication.call(() -> transaction.execute(status -> {
            if (accounts.anyExists()) {
                log.info("Database is not empty; demo data not loaded");
                return null;
            }
            load(read());
            log.info("Demo data loaded from {}", RESOURCE);
            return null;
        }));
    }

    DemoData read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(DemoData data) {
        long roundId = rounds.create(new SurveyRoundData(data.round().name(), data.round().year(),
                data.round().description(), null));
        Map<String, Long> unitIds = new HashMap<>();
        for (var unit : data.units()) {
            unitIds.put(unit.code(), units.create(new UnitData(unit.code(), unit.name(), unit.kind(), unit.description())));
        }
        Map<String, Long> spaceTerms = createTerms(Vocabulary.SPACE, data.spaceTerms());
        Map<String, Long> themes = createTerms(Vocabulary.THEME, data.themes());
        for (var profile : data.profiles()) {
            var profileData = new ProfileData(profile.title(), profile.documentTitle(), profile.kind(),
                    profile.planningLevel(), profile.period());
            profiles.create(roundId, unitIds.get(profile.unit()), profileData,
                    sections(profile.sections(), spaceTerms, themes));
        }
        for (var set : data.unitInstruments()) {
            instruments.create(roundId, unitIds.get(set.unit()), sections(set.sections(), spaceTerms, themes));
        }
        for (String core : data.coreThemes()) {
            matrix.recordCoreTheme(roundId, themes.get(core));
        }
        for (var account : data.accounts()) {
            accounts.create(new AccountData(account.username(), account.displayName(), account.role(),
                    account.unit() == null ? null : unitIds.get(account.unit())), DEMO_PASSWORD);
        }
    }

    private Map<String, Long> createTerms(Vocabulary kind, List<DemoData.TermJson> terms) {
        terms.forEach(t -> vocabulary.create(new TermData(kind, t.name(), t.description(), t.synonyms())));
        Map<String, Long> ids = new HashMap<>();
        vocabulary.findAll(kind).forEach((Term t) -> ids.put(t.name(), t.id()));
        return ids;
    }

    private static List<SectionData> sections(Map<SectionKind, SectionJson> sections, Map<String, Long> spaceTerms,
            Map<String, Long> themes) {
        List<SectionData> result = new ArrayList<>();
        sections.forEach((kind, section) -> {
            Map<String, Long> terms = kind == SectionKind.THEMEN ? themes : spaceTerms;
            List<SectionData.Item> items = new ArrayList<>();
            for (ItemJson item : section.items()) {
                items.add(new SectionData.Item(0, item.text(), termIds(item, terms)));
                for (ItemJson child : item.children()) {
                    items.add(new SectionData.Item(1, child.text(), termIds(child, terms)));
                }
            }
            result.add(new SectionData(kind, section.intro(), items, section.note()));
        });
        return result;
    }

    private static List<Long> termIds(ItemJson item, Map<String, Long> terms) {
        return item.terms().stream().map(name -> {
            Long id = terms.get(name);
            if (id == null) {
                throw new IllegalStateException("Demo data refers to unknown term " + name);
            }
            return id;
        }).toList();
    }
}
