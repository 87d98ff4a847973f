package de.querschnitt.annex.pdf;

import de.querschnitt.annex.pdf.Fonts.Style;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/** Running text from top to bottom of the current page, continuing on a new page when full. */
final class Flow {

    static final float TEXT_WIDTH = Canvas.WIDTH * 0.8f;
    private static final float SIZE = 9.6f;
    private static final float LEADING = 13.2f;

    private final Canvas canvas;

    Flow(Canvas canvas) {
        this.canvas = canvas;
    }

    /** H1 with a rule below, or H2; returns the y below it. */
    float heading(String text, String tag, PDStructureElement parent, float top) {
        boolean h1 = tag.equals("H1");
        List<Line> lines = Line.paragraph(canvas.fonts, text, Style.BOLD, h1 ? 17 : 11.5f, Canvas.ACCENT, 0,
                Canvas.WIDTH, h1 ? 21 : 15, h1 ? 0 : 8, canvas.element(tag, parent));
        float y = draw(lines, top, h1 ? 40 : 60);
        if (h1) {
            canvas.current().line(Canvas.LEFT, y - 4, Canvas.RIGHT, y - 4, Canvas.ACCENT, 1.2f);
            y -= 14;
        } else {
            y -= 3;
        }
        return y;
    }

    float paragraph(String text, PDStructureElement parent, float top) {
        List<Line> lines = Line.paragraph(canvas.fonts, text, Style.REGULAR, SIZE, Canvas.INK, 0, TEXT_WIDTH,
                LEADING, 0, canvas.element("P", parent));
        return draw(lines, top, 0) - 5;
    }

    float bullets(List<String> items, PDStructureElement parent, float top) {
        PDStructureElement list = canvas.element("L", parent);
        float y = top;
        for (String item : items) {
            PDStructureElement listItem = canvas.element("LI", list);
            PDStructureElement label = canvas.element("Lbl", listItem);
            PDStructureElement body = canvas.element("LBody", listItem);
            List<String> wrapped = canvas.fonts.wrap(item, Style.REGULAR, SIZE, TEXT_WIDTH - 14);
            for (int i = 0; i < wrapped.size(); i++) {
                Line line = new Line(wrapped.get(i), Style.REGULAR, SIZE, Canvas.INK, 14, LEADING, i == 0 ? 2 : 0,
                        body, i == 0 ? "\u2022" : null, 4, i == 0 ? label : null);
                y = draw(List.of(line), y, 0);
            }
        }
        return y - 4;
    }

    /**
     * Draws lines from {@code top}, starting a new page where the next line does not fit; {@code keep} is
     * extra room the first line needs below it (a heading should not stand alone at the foot of a page).
     */
    private float draw(List<Line> lines, float top, float keep) {
        float y = top;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean atTop = y >= Canvas.TOP;
            if (y - line.total(atTop) - (i == 0 ? keep : 0) < Canvas.BOTTOM) {
                canvas.newPage();
                y = Canvas.TOP;
                atTop = true;
            }
            y = line.draw(canvas.current(), Canvas.LEFT, y, atTop);
        }
        return y;
    }
}
