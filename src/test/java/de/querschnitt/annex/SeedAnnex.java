package de.querschnitt.annex;

import de.querschnitt.annex.AnnexModel.Block;
import de.querschnitt.annex.AnnexModel.Card;
import de.querschnitt.annex.AnnexModel.CoreThemes;
import de.querschnitt.annex.AnnexModel.Item;
import de.querschnitt.annex.AnnexModel.Matrix;
import de.querschnitt.annex.AnnexModel.UnitInstruments;
import de.querschnitt.annex.AnnexModel.UnitPlans;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.UpdateCycle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annex models without Spring or a database, straight from the seed's demo data
 * ({@code demo/sozial-plattform-2017.json}), optionally multiplied: ×n repeats every unit n times (as
 * further districts of a larger city), each with its plans and instruments, slightly reworded, so the
 * matrix grows in rows and the cards in number.
 */
public final class SeedAnnex {

    public static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0,
            ZoneId.of("Europe/Berlin"));

    private final JsonNode seed;

    public SeedAnnex() {
        try (InputStream in = SeedAnnex.class.getResourceAsStream("/demo/sozial-plattform-2017.json")) {
            seed = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AnnexModel model(int times, boolean draft) {
        List<String> themes = new ArrayList<>();
        seed.get("themes").forEach(t -> themes.add(t.get("name").asString()));
        List<UnitPlans> units = new ArrayList<>();
        List<UnitInstruments> instruments = new ArrayList<>();
        List<String> matrixUnits = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (int copy = 1; copy <= times; copy++) {
            for (JsonNode unit : seed.get("units")) {
                String code = unit.get("code").asString() + (copy == 1 ? "" : "-" + copy);
                String name = unit.get("name").asString() + (copy == 1 ? "" : " (Bezirk " + copy + ")");
                int[] row = new int[themes.size()];
                List<Card> cards = new ArrayList<>();
                for (JsonNode profile : seed.get("profiles")) {
                    if (!profile.get("unit").asString().equals(unit.get("code").asString())) {
                        continue;
                    }
                    String title = profile.get("title").asString() + (copy == 1 ? "" : " " + copy);
                    String documentTitle = profile.get("documentTitle").isNull() ? null
                            : profile.get("documentTitle").asString();
                    Map<SectionKind, Block> blocks = blocks(profile.get("sections"), copy);
                    cards.add(new Card(title, documentTitle, AnnexGrid.period(period(profile.get("period"))),
                            AnnexGrid.profileRows(blocks)));
                    count(profile.get("sections"), themes, row);
                }
                if (!cards.isEmpty()) {
                    units.add(new UnitPlans(code, name, cards));
                }
                for (JsonNode set : seed.get("unitInstruments")) {
                    if (set.get("unit").asString().equals(unit.get("code").asString())) {
                        instruments.add(new UnitInstruments(code, name,
                                AnnexGrid.instrumentRows(blocks(set.get("sections"), copy))));
                        count(set.get("sections"), themes, row);
                    }
                }
                matrixUnits.add(AnnexModel.label(code, name));
                counts.add(row);
            }
        }
        Matrix matrix = new Matrix(matrixUnits, themes, counts.toArray(int[][]::new), 3);
        List<String> recorded = new ArrayList<>();
        seed.get("coreThemes").forEach(t -> recorded.add(t.asString()));
        return new AnnexModel("Sozial-Plattform 2017", "Stadt Aachen", "Sozialplanung", GENERATED, draft,
                "alle Einheiten; alle Profile", units, instruments, matrix, CoreThemes.of(matrix, recorded));
    }

    private static void count(JsonNode sections, List<String> themes, int[] row) {
        JsonNode section = sections.get("THEMEN");
        if (section == null) {
            return;
        }
        Set<String> terms = new LinkedHashSet<>();
        collectTerms(section.get("items"), terms);
        for (String term : terms) {
            int column = themes.indexOf(term);
            if (column >= 0) {
                row[column]++;
            }
        }
    }

    private static void collectTerms(JsonNode items, Set<String> terms) {
        for (JsonNode item : items) {
            item.get("terms").forEach(t -> terms.add(t.asString()));
            collectTerms(item.get("children"), terms);
        }
    }

    private static Map<SectionKind, Block> blocks(JsonNode sections, int copy) {
        Map<SectionKind, Block> blocks = new EnumMap<>(SectionKind.class);
        for (var entry : sections.properties()) {
            SectionKind kind = SectionKind.valueOf(entry.getKey());
            JsonNode section = entry.getValue();
            List<Item> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                items.add(new Item(0, item.get("text").asString()));
                for (JsonNode child : item.get("children")) {
                    items.add(new Item(1, child.get("text").asString()));
                }
            }
            blocks.put(kind, new Block(AnnexGrid.heading(kind), text(section, "intro"), items, text(section, "note")));
        }
        return blocks;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Period period(JsonNode node) {
        return new Period(integer(node, "from"), integer(node, "to"),
                node.get("cycle").isNull() ? null : UpdateCycle.valueOf(node.get("cycle").asString()),
                node.get("state").isNull() ? null : PeriodState.valueOf(node.get("state").asString()),
                text(node, "note"));
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

}
