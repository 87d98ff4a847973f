package de.querschnitt.annex;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.annex.AnnexModel.Block;
import de.querschnitt.annex.AnnexModel.Card;
import de.querschnitt.annex.AnnexModel.Item;
import de.querschnitt.annex.AnnexModel.Matrix;
import de.querschnitt.annex.AnnexModel.Row;
import de.querschnitt.annex.AnnexModel.UnitPlans;
import de.querschnitt.annex.pdf.AnnexPdf;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The renderer on the seed's data and on constructed extremes, read back like an archive and a reader would. */
class AnnexPdfTest {

    private static AnnexModel seed;
    private static byte[] seedDraft;
    private static List<String> seedPages;

    @BeforeAll
    static void render() {
        seed = new SeedAnnex().model(1, true);
        seedDraft = AnnexPdf.render(seed);
        seedPages = PdfChecks.pageTexts(seedDraft);
    }

    @Test
    void theSeedsAnnexConformsToPdfA2a() {
        assertThat(PdfChecks.veraPdfFailures(seedDraft, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void theDocumentCarriesItsMetadataLanguageOutputIntentAndOnlyEmbeddedFonts() throws Exception {
        try (var document = PdfChecks.load(seedDraft)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Sozial-Plattform 2017 – Überblick zu Planungswerken");
            assertThat(info.getAuthor()).isEqualTo("Sozialplanung");
            assertThat(info.getSubject()).startsWith("Anlage für den Rat").endsWith("(Entwurf)");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("de-DE");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getOutputIntents()).hasSize(1);
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "Sozial-Plattform 2017 – Überblick zu Planungswerken", "de-DE");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (var page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertThat(fonts).containsExactly("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique");
        }
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            assertThat(PdfChecks.veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFA_2_A)).isNotEmpty();
        }
    }

    @Test
    void everyFieldOfEveryCardIsInTheTextOfPdfBoxAndPoppler() {
        String pdfbox = PdfChecks.normalized(String.join(" ", seedPages));
        String poppler = PdfChecks.normalized(PdfChecks.pdftotext(seedDraft));
        for (String text : List.of(pdfbox, poppler)) {
            for (String field : fieldsOfAllCards(seed)) {
                assertThat(text).as("text of the annex").contains(PdfChecks.normalized(field));
            }
        }
        assertThat(fieldsOfAllCards(seed)).contains("3. Kinder- und Jugendförderplan der Stadt Aachen 2015 - 2020",
                "SGB VIII – Handlungsfelder:", "Sprache / Bildung", "Integration und Migration");
    }

    @Test
    void everyUnitStandsInTheMatrixAndEveryOverviewRowInTheOverview() {
        String matrixPages = PdfChecks.normalized(String.join(" ", pagesFrom("Matrix: Einheiten × Themen",
                "Schnittstellen und Kernthemen")));
        for (String unit : seed.matrix().units()) {
            assertThat(matrixPages).contains(unit);
        }
        String poppler = PdfChecks.normalized(PdfChecks.pdftotext(seedDraft));
        int matrixStart = poppler.lastIndexOf("Matrix: Einheiten × Themen");
        for (String unit : seed.matrix().units()) {
            assertThat(poppler.substring(matrixStart)).contains(unit);
        }
        String overview = PdfChecks.normalized(seedPages.get(2));
        assertThat(overview).contains("Fachbereich/Einheit Planwerke Zeitraum/Zeitbezug", "FB 56 Wohnen, Soziales und Integration",
                "Sozialentwicklungsplan");
    }

    @Test
    void pagesAndBookmarksFollowTheContents() {
        // title, contents, overview (2 pages), profiles intro, 13 cards of one page each, instruments intro,
        // 3 instrument cards, matrix, core themes
        int expected = 1 + 1 + 2 + 1 + seed.cardCount() + 1 + seed.instruments().size() + 1 + 1;
        assertThat(seedPages).hasSize(expected);
        for (int i = 0; i < seedPages.size(); i++) {
            assertThat(seedPages.get(i)).contains("Seite " + (i + 1) + " von " + expected);
        }
        List<String> bookmarks = new ArrayList<>(List.of("Inhalt", "Überblick zu Planungswerken",
                "Profile der Planungswerke"));
        for (UnitPlans unit : seed.units()) {
            bookmarks.add("  " + unit.label());
            unit.cards().forEach(card -> bookmarks.add("    " + card.title()));
        }
        bookmarks.add("Steuerungsinstrumente/Themen in den Fachbereichen/Eigenbetrieben");
        seed.instruments().forEach(unit -> bookmarks.add("  " + unit.label()));
        bookmarks.add("Matrix: Einheiten × Themen");
        bookmarks.add("Schnittstellen und Kernthemen");
        assertThat(PdfChecks.bookmarks(seedDraft)).containsExactlyElementsOf(bookmarks);
        assertThat(PdfChecks.bookmarks(seedDraft)).contains("    Kinder- und Jugendförderplan", "  Theater");
    }

    @Test
    void theContentsNameThePageOfEveryCard() {
        String contents = seedPages.get(1);
        for (UnitPlans unit : seed.units()) {
            for (Card card : unit.cards()) {
                Matcher entry = Pattern.compile(Pattern.quote(card.title()) + "[ .]*(\\d+)\\s*$", Pattern.MULTILINE)
                        .matcher(contents);
                assertThat(entry.find()).as(card.title()).isTrue();
                int page = Integer.parseInt(entry.group(1));
                assertThat(PdfChecks.normalized(seedPages.get(page - 1))).contains(card.title());
            }
        }
    }

    @Test
    void everyEntryOfTheContentsIsALinkToItsPage() throws Exception {
        try (var document = PdfChecks.load(seedDraft)) {
            var annotations = document.getPage(1).getAnnotations();
            // sections, units, cards, instrument units
            int entries = 5 + seed.units().size() + seed.cardCount() + seed.instruments().size();
            assertThat(annotations).hasSize(entries);
            for (var annotation : annotations) {
                var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotation;
                var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        link.getDestination();
                int page = document.getPages().indexOf(destination.getPage());
                assertThat(PdfChecks.normalized(seedPages.get(page))).as(link.getContents())
                        .contains(link.getContents());
            }
        }
    }

    @Test
    void theWatermarkStandsOnEveryPageOfADraftAndOnNoPageOfTheFinalVersion() {
        assertThat(PdfChecks.largeText(seedDraft, 100)).hasSize(seedPages.size()).containsOnly("ENTWURF");
        assertThat(seedPages.getFirst()).contains("Fassung: Entwurf");

        byte[] fin = AnnexPdf.render(new SeedAnnex().model(1, false));
        List<String> pages = PdfChecks.pageTexts(fin);
        assertThat(PdfChecks.largeText(fin, 100)).hasSize(pages.size()).containsOnly("");
        assertThat(pages).noneSatisfy(page -> assertThat(page).contains("ENTWURF"));
        assertThat(PdfChecks.pdftotext(fin)).doesNotContain("ENTWURF");
        assertThat(pages.getFirst()).contains("Fassung: Endfassung");
    }

    @Test
    void aCardWithSixtyBulletsFlowsOverPagesWithoutLosingOrReorderingAnything() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add(new Item(i % 5 == 0 ? 1 : 0, "Maßnahme " + i + ": Beratung, Betreuung und Begleitung von "
                    + "Familien im Quartier mit ausreichend Text, damit die Zeile umbricht (" + i + ")"));
        }
        String unbroken = "https://www.aachen.de/" + "sehr-langer-pfad-ohne-leerzeichen-".repeat(8) + "ende";
        items.add(new Item(0, unbroken));
        Card card = new Card("Sehr langer Plan", "Ein Dokument mit sehr vielen Punkten", "2020–2030",
                List.of(new Row(List.of(new Block("Einordnung", null, List.of(new Item(0, "kurz")), null)),
                        List.of(new Block("Inhalt", "Vorweg:", items, "Anmerkung am Ende")))));
        // final version: no watermark letters among the lines read by position
        AnnexModel model = single(card, false);
        byte[] pdf = AnnexPdf.render(model);
        List<String> pages = PdfChecks.pageTexts(pdf);

        List<Integer> cardPages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Sehr langer Plan") && pages.get(i).contains("INHALT")) {
                cardPages.add(i);
            }
        }
        assertThat(cardPages.size()).isGreaterThanOrEqualTo(3);
        assertThat(pages.get(cardPages.get(1))).contains("(Fortsetzung)", "INHALT (FORTSETZUNG)");
        // the right-hand box column between running header and footer, page after page, without the
        // repeated heading: the Inhalt box read as a reader follows it
        String column = PdfChecks.textInArea(pdf, 520, 60, 290, 490).replace("INHALT (FORTSETZUNG)", "");
        String all = PdfChecks.normalized(column);
        int last = -1;
        for (int i = 1; i <= 60; i++) {
            int at = all.indexOf("Maßnahme " + i + ":");
            assertThat(at).as("item " + i).isGreaterThan(last);
            assertThat(all).contains(PdfChecks.normalized(items.get(i - 1).text()));
            last = at;
        }
        assertThat(all.replace(" ", "")).contains(unbroken);
        assertThat(all).contains("Anmerkung am Ende", "Vorweg:");
        assertThat(PdfChecks.textBelow(pdf, 45)).allSatisfy(line -> assertThat(line).matches(
                ".*(Stand|Seite \\d+ von \\d+).*"));
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void germanTypographyIsKeptAndEmojiBecomeAVisiblePlaceholder() {
        String text = "„Zitat“ – • … § 3 Abs. 2 ≥ 50 % Straße Öffentlichkeit 🦄 Familie 👨‍👩‍👧‍👦 Ende";
        Card card = new Card("Typografie „Test“", null, "seit 2020",
                List.of(new Row(List.of(new Block("Inhalt", null, List.of(new Item(0, text)), null)), List.of())));
        byte[] pdf = AnnexPdf.render(single(card, true));
        String all = PdfChecks.normalized(String.join(" ", PdfChecks.pageTexts(pdf)));
        assertThat(all).contains("„Zitat“ – • … § 3 Abs. 2 ≥ 50 % Straße Öffentlichkeit □ Familie □ Ende");
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void aMatrixWiderAndLongerThanAPageRepeatsItsHeaders() {
        List<String> themes = new ArrayList<>();
        for (int c = 1; c <= 45; c++) {
            themes.add("Thema Nummer " + c);
        }
        List<String> units = new ArrayList<>();
        int[][] counts = new int[70][45];
        for (int r = 0; r < 70; r++) {
            units.add("FB " + (100 + r) + " Einheit " + (r + 1));
            for (int c = 0; c < 45; c++) {
                counts[r][c] = (r + c) % 4 == 0 ? 1 + r % 3 : 0;
            }
        }
        Matrix matrix = new Matrix(units, themes, counts, 3);
        AnnexModel model = new AnnexModel("Große Erhebung", "Stadt Aachen", "Sozialplanung", SeedAnnex.GENERATED,
                true, "alle", List.of(), List.of(), matrix, AnnexModel.CoreThemes.of(matrix, List.of()));
        byte[] pdf = AnnexPdf.render(model);
        List<String> pages = PdfChecks.pageTexts(pdf);
        List<String> matrixPages = pages.stream().filter(p -> p.contains("Themen") && p.contains("FB 1")
                && !p.contains("Schnittstellen und Kernthemen")).toList();
        assertThat(matrixPages.size()).isGreaterThanOrEqualTo(4);
        String text = String.join("\n", matrixPages);
        assertThat(text).contains("Teil 1 von 2", "Teil 2 von 2");
        for (String unit : units) {
            // once per column slice: the unit column repeats
            assertThat(count(Pattern.compile("(?m)^" + Pattern.quote(unit) + "(\\s|$)"), text)).as(unit).isEqualTo(2);
        }
        assertThat(matrixPages).allSatisfy(page -> assertThat(page).contains("Einheit"));
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static AnnexModel single(Card card, boolean draft) {
        Matrix matrix = new Matrix(List.of("FB 99 Test"), List.of("Thema"), new int[][] {{1}}, 3);
        return new AnnexModel("Test-Erhebung", "Stadt Aachen", "Sozialplanung", SeedAnnex.GENERATED, draft, "alle",
                List.of(new UnitPlans("FB 99", "Test", List.of(card))), List.of(), matrix,
                AnnexModel.CoreThemes.of(matrix, List.of()));
    }

    private static List<String> pagesFrom(String start, String end) {
        List<String> pages = new ArrayList<>();
        boolean in = false;
        for (String page : seedPages) {
            if (page.contains(start) && !page.contains("Inhalt\n")) {
                in = true;
            }
            if (in && page.contains(end) && !page.contains(start)) {
                break;
            }
            if (in) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** Everything a card shows, as the model has it (headings in capitals, as printed). */
    static List<String> fieldsOfAllCards(AnnexModel model) {
        List<String> fields = new ArrayList<>();
        for (UnitPlans unit : model.units()) {
            fields.add(unit.label());
            for (Card card : unit.cards()) {
                fields.add(card.title());
                if (card.documentTitle() != null) {
                    fields.add(card.documentTitle());
                }
                fields.addAll(List.of(card.period().split("\n")));
                card.rows().forEach(row -> {
                    blockFields(row.left(), fields);
                    blockFields(row.right(), fields);
                });
            }
        }
        for (var unit : model.instruments()) {
            fields.add(unit.label());
            unit.rows().forEach(row -> {
                blockFields(row.left(), fields);
                blockFields(row.right(), fields);
            });
        }
        return fields;
    }

    private static void blockFields(List<Block> blocks, List<String> fields) {
        for (Block block : blocks) {
            fields.add(block.heading().toUpperCase(java.util.Locale.GERMAN));
            if (block.intro() != null) {
                fields.add(block.intro());
            }
            block.items().forEach(item -> fields.add(item.text()));
            if (block.note() != null) {
                fields.add(block.note());
            }
        }
    }
}
