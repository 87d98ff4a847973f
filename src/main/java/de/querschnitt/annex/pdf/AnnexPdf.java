package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel;
import de.querschnitt.annex.AnnexModel.Card;
import de.querschnitt.annex.AnnexModel.SharedTheme;
import de.querschnitt.annex.AnnexModel.UnitInstruments;
import de.querschnitt.annex.AnnexModel.UnitPlans;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Renders an {@link AnnexModel} as the annex PDF: A4 landscape, tagged PDF/A-2a with embedded DejaVu
 * fonts. Pure computation (no Spring, no database), so it runs on any thread and in benchmarks.
 */
public final class AnnexPdf {

    /** Reports how far rendering has come; called from the rendering thread. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> {
        };
    }

    static final String OVERVIEW = "Überblick zu Planungswerken";
    static final String PROFILES = "Profile der Planungswerke";
    static final String INSTRUMENTS = "Steuerungsinstrumente/Themen in den Fachbereichen/Eigenbetrieben";
    static final String MATRIX = "Matrix: Einheiten × Themen";
    static final String CORE = "Schnittstellen und Kernthemen";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    private AnnexPdf() {
    }

    public static byte[] render(AnnexModel model) {
        return render(model, Progress.NONE);
    }

    public static byte[] render(AnnexModel model, Progress progress) {
        int total = model.cardCount() + model.instruments().size() + 4;
        int done = 0;
        try (PDDocument document = new PDDocument()) {
            Canvas canvas = new Canvas(document);
            Contents contents = new Contents(canvas);
            Flow flow = new Flow(canvas);

            TitlePage.write(canvas, model);
            contents.reserve(model);
            progress.update(++done, total);

            // Überblick
            PDStructureElement overview = canvas.element("Sect", canvas.root);
            canvas.newPage();
            contents.mark(0, OVERVIEW, canvas.current().sheet);
            float y = flow.heading(OVERVIEW, "H1", overview, Canvas.TOP);
            y = flow.paragraph("Planwerke der Fachbereiche und Eigenbetriebe mit ihrem Zeitraum/Zeitbezug, "
                    + "gruppiert nach Einheit. Die Profile der Planwerke folgen im Anschluss.", overview, y);
            if (model.units().isEmpty()) {
                flow.paragraph("Die Auswahl enthält keine Planwerke.", overview, y - 6);
            } else {
                new TableWriter(canvas).write(model.units(), overview, y - 8);
            }
            progress.update(++done, total);

            // Profile
            PDStructureElement profiles = canvas.element("Sect", canvas.root);
            canvas.newPage();
            contents.mark(0, PROFILES, canvas.current().sheet);
            y = flow.heading(PROFILES, "H1", profiles, Canvas.TOP);
            y = flow.paragraph("Je Planwerk eine Karte im Raster der Anlage 1: links Titel, Dokument und "
                    + "Zeitraum/Zeitbezug; rechts Einordnung, Grundlage, Raumbezug, Inhalt, "
                    + "Steuerungsinstrumente/Sonstiges und Übergeordnete Themen. Reicht eine Seite nicht, wird die "
                    + "Karte auf der nächsten Seite fortgesetzt.", profiles, y);
            List<String> unitLines = new ArrayList<>();
            for (UnitPlans unit : model.units()) {
                unitLines.add(unit.label() + ": " + unit.cards().size()
                        + (unit.cards().size() == 1 ? " Planwerk" : " Planwerke"));
            }
            flow.bullets(unitLines, profiles, y - 4);
            CardWriter cards = new CardWriter(canvas);
            for (UnitPlans unit : model.units()) {
                PDStructureElement unitSection = canvas.element("Sect", profiles);
                PDStructureElement unitHeading = canvas.element("H2", unitSection);
                int index = 0;
                for (Card card : unit.cards()) {
                    index++;
                    Canvas.Sheet sheet = cards.write(unit.label(), index == 1 ? unitHeading : null, card.title(), "H3",
                            card.documentTitle(), card.period(), card.rows(), unitSection);
                    if (index == 1) {
                        contents.mark(1, unit.label(), sheet);
                    }
                    contents.mark(2, card.title(), sheet);
                    progress.update(++done, total);
                }
            }

            // Steuerungsinstrumente ohne Planwerk
            PDStructureElement instruments = canvas.element("Sect", canvas.root);
            canvas.newPage();
            contents.mark(0, INSTRUMENTS, canvas.current().sheet);
            y = flow.heading(INSTRUMENTS, "H1", instruments, Canvas.TOP);
            y = flow.paragraph("Steuerungsinstrumente und Themen der Einheiten, die zu keinem Planwerk gehören.",
                    instruments, y);
            if (model.instruments().isEmpty()) {
                flow.paragraph("Die Auswahl enthält keine Einheit mit Instrumenten ohne Planwerk.", instruments,
                        y - 4);
            }
            for (UnitInstruments unit : model.instruments()) {
                PDStructureElement unitSection = canvas.element("Sect", instruments);
                Canvas.Sheet sheet = cards.write("Steuerungsinstrumente/Themen ohne Planwerk", null, unit.label(),
                        "H2", null, null, unit.rows(), unitSection);
                contents.mark(1, unit.label(), sheet);
                progress.update(++done, total);
            }

            // Matrix
            PDStructureElement matrix = canvas.element("Sect", canvas.root);
            canvas.newPage();
            contents.mark(0, MATRIX, canvas.current().sheet);
            y = flow.heading(MATRIX, "H1", matrix, Canvas.TOP);
            y = flow.paragraph("Zahl: wie viele Planwerke und Instrumentensätze der Einheit das Thema behandeln. "
                    + "Hinterlegt: Kernthema (von mindestens " + model.matrix().coreThreshold()
                    + " Einheiten geteilt).", matrix, y);
            if (model.matrix().units().isEmpty() || model.matrix().themes().isEmpty()) {
                flow.paragraph("Die Auswahl enthält keine Einheiten oder Themen.", matrix, y - 4);
            } else {
                new MatrixWriter(canvas).write(model.matrix(), matrix, y - 6);
            }
            progress.update(++done, total);

            // Schnittstellen und Kernthemen
            coreThemes(canvas, flow, contents, model);

            contents.write();
            canvas.finishStructure();
            PageFurniture.write(canvas, model);
            contents.outline(document);
            PdfA.apply(document, model);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            document.save(out);
            progress.update(++done, total);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void coreThemes(Canvas canvas, Flow flow, Contents contents, AnnexModel model) {
        PDStructureElement core = canvas.element("Sect", canvas.root);
        canvas.newPage();
        contents.mark(0, CORE, canvas.current().sheet);
        float y = flow.heading(CORE, "H1", core, Canvas.TOP);
        AnnexModel.CoreThemes themes = model.coreThemes();
        if (!themes.recorded().isEmpty()) {
            y = flow.heading("Von der Sozialplanung festgehaltene Kernthemen", "H2", core, y - 6);
            y = flow.bullets(themes.recorded(), core, y);
        }
        y = flow.heading("Themen, die mindestens " + model.matrix().coreThreshold() + " Einheiten teilen", "H2", core,
                y - 6);
        if (themes.shared().isEmpty()) {
            y = flow.paragraph("Kein Thema wird von so vielen Einheiten geteilt.", core, y);
        } else {
            List<String> lines = new ArrayList<>();
            for (SharedTheme shared : themes.shared()) {
                lines.add(shared.theme() + " (" + shared.units().size() + " Einheiten): "
                        + String.join(", ", shared.units()));
            }
            y = flow.bullets(lines, core, y);
        }
        y = flow.heading("Lücken: Themen, die höchstens eine Einheit behandelt", "H2", core, y - 6);
        if (themes.gaps().isEmpty()) {
            flow.paragraph("Keine.", core, y);
        } else {
            flow.bullets(themes.gaps(), core, y);
        }
    }

    static String date(AnnexModel model) {
        return DATE.format(model.generatedAt());
    }

    static String state(AnnexModel model) {
        return model.draft() ? "Entwurf" : "Endfassung";
    }

    /** Title for the document information and the running header. */
    static String title(AnnexModel model) {
        return model.roundName() + " – " + OVERVIEW;
    }

}
