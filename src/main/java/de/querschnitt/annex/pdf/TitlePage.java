package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/** Page 1: round, city, date of generation, state (Entwurf/Endfassung) and what the annex contains. */
final class TitlePage {

    private TitlePage() {
    }

    static void write(Canvas canvas, AnnexModel model) {
        Canvas.Surface surface = canvas.newPage();
        PDStructureElement section = canvas.element("Sect", canvas.root);
        Fonts fonts = canvas.fonts;
        float height = Canvas.SIZE.getHeight();
        surface.fill(0, height - 150, Canvas.SIZE.getWidth(), 150, Canvas.TINT);
        surface.fill(0, height - 154, Canvas.SIZE.getWidth(), 4, Canvas.ACCENT);
        float x = Canvas.LEFT + 20;
        float width = Canvas.WIDTH - 40;
        float y = height - 62;
        y = draw(surface, Line.paragraph(fonts, model.city(), Style.BOLD, 13, Canvas.MUTED, 0, width, 17, 0,
                canvas.element("P", section)), x, y);
        y = draw(surface, Line.paragraph(fonts, "Anlage – " + AnnexPdf.OVERVIEW, Style.REGULAR, 13, Canvas.INK, 0,
                width, 17, 4, canvas.element("P", section)), x, y);
        y = height - 200;
        y = draw(surface, Line.paragraph(fonts, model.roundName(), Style.BOLD, 30, Canvas.ACCENT, 0, width, 36, 0,
                canvas.element("H1", section)), x, y);
        y = draw(surface, Line.paragraph(fonts, "Planungswerke, Steuerungsinstrumente und Themen der Fachbereiche "
                + "und Eigenbetriebe", Style.REGULAR, 14, Canvas.INK, 0, width, 19, 8,
                canvas.element("P", section)), x, y);

        int units = model.units().size();
        String scope = model.cardCount() + (model.cardCount() == 1 ? " Planwerk" : " Planwerke") + " aus " + units
                + (units == 1 ? " Einheit" : " Einheiten") + "; " + model.instruments().size()
                + (model.instruments().size() == 1 ? " Einheit" : " Einheiten") + " mit Instrumenten ohne Planwerk";
        List<String[]> facts = List.of(
                new String[] {"Erhebung", model.roundName()},
                new String[] {"Stadt", model.city()},
                new String[] {"Erzeugt am", AnnexPdf.date(model)},
                new String[] {"Fassung", AnnexPdf.state(model) + (model.draft()
                        ? " – noch nicht alle enthaltenen Profile sind abgeschlossen"
                        : " – alle enthaltenen Profile sind abgeschlossen")},
                new String[] {"Umfang", scope},
                new String[] {"Auswahl", model.selection()},
                new String[] {"Erstellt von", model.author()});
        y -= 34;
        surface.line(x, y + 12, x + width, y + 12, Canvas.RULE, 0.5f);
        for (String[] fact : facts) {
            PDStructureElement paragraph = canvas.element("P", section);
            surface.text(fact[0] + ":", x, y, Style.BOLD, 10.5f, Canvas.MUTED, paragraph);
            List<String> lines = fonts.wrap(fact[1], Style.REGULAR, 10.5f, width - 120);
            for (int i = 0; i < lines.size(); i++) {
                surface.text(lines.get(i), x + 120, y - i * 14.5f, Style.REGULAR, 10.5f, Canvas.INK, paragraph);
            }
            y -= Math.max(1, lines.size()) * 14.5f + 5;
        }
    }

    private static float draw(Canvas.Surface surface, List<Line> lines, float x, float top) {
        float y = top;
        for (int i = 0; i < lines.size(); i++) {
            y = lines.get(i).draw(surface, x, y, i == 0 && top == y);
        }
        return y;
    }
}
