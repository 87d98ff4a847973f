package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel.Block;
import de.querschnitt.annex.AnnexModel.Item;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jspecify.annotations.Nullable;

/**
 * One line of laid-out text: where it sits in its column, how it looks, and the structure element it
 * belongs to (null: an artifact). A bullet is drawn in the hanging indent before the text.
 *
 * @param before space above the line (points), dropped at the top of a page
 */
record Line(String text, Style style, float size, Color color, float indent, float height, float before,
        @Nullable PDStructureElement element, @Nullable String bullet, float bulletIndent,
        @Nullable PDStructureElement bulletElement) {

    static final float BODY = 8.8f;
    static final float LEADING = 11.6f;
    static final float HEADING = 7.6f;

    static Line plain(String text, Style style, float size, Color color, float indent, float height, float before,
            @Nullable PDStructureElement element) {
        return new Line(text, style, size, color, indent, height, before, element, null, 0, null);
    }

    /** Lines of paragraph text wrapped to {@code width}, all belonging to {@code element}. */
    static List<Line> paragraph(Fonts fonts, String text, Style style, float size, Color color, float indent,
            float width, float leading, float before, @Nullable PDStructureElement element) {
        List<Line> lines = new ArrayList<>();
        for (String part : fonts.wrap(text, style, size, width - indent)) {
            lines.add(plain(part, style, size, color, indent, leading, lines.isEmpty() ? before : 0, element));
        }
        return lines;
    }

    /**
     * The lines of the blocks of one box of a card, tagged below {@code parent}: heading (H4), lead text
     * (P), bullets (L/LI/Lbl/LBody, sub-bullets as a nested list), note (P).
     */
    static List<Line> blocks(Canvas canvas, List<Block> blocks, float width, PDStructureElement parent) {
        Fonts fonts = canvas.fonts;
        List<Line> lines = new ArrayList<>();
        for (Block block : blocks) {
            PDStructureElement heading = canvas.element("H4", parent);
            lines.addAll(paragraph(fonts, block.heading().toUpperCase(java.util.Locale.GERMAN), Style.BOLD, HEADING,
                    Canvas.ACCENT, 0, width, 10.5f, lines.isEmpty() ? 0 : 7, heading));
            if (block.intro() != null && !block.intro().isBlank()) {
                lines.addAll(paragraph(fonts, block.intro(), Style.BOLD, BODY, Canvas.INK, 0, width, LEADING, 2,
                        canvas.element("P", parent)));
            }
            PDStructureElement list = null;
            PDStructureElement subList = null;
            PDStructureElement lastItem = null;
            for (Item item : block.items()) {
                boolean sub = item.level() > 0 && lastItem != null;
                if (!sub) {
                    if (list == null) {
                        list = canvas.element("L", parent);
                    }
                    subList = null;
                }
                PDStructureElement owner;
                if (sub) {
                    if (subList == null) {
                        subList = canvas.element("L", lastItem);
                    }
                    owner = subList;
                } else {
                    owner = list;
                }
                PDStructureElement listItem = canvas.element("LI", owner);
                if (!sub) {
                    lastItem = listItem;
                }
                float indent = sub ? 20 : 9;
                PDStructureElement label = canvas.element("Lbl", listItem);
                PDStructureElement body = canvas.element("LBody", listItem);
                List<String> wrapped = fonts.wrap(item.text(), Style.REGULAR, BODY, width - indent);
                for (int i = 0; i < wrapped.size(); i++) {
                    boolean first = i == 0;
                    lines.add(new Line(wrapped.get(i), Style.REGULAR, BODY, Canvas.INK, indent, LEADING,
                            first ? 1.5f : 0, body, first ? (sub ? "\u25AA" : "\u2022") : null, indent - 8.5f,
                            first ? label : null));
                }
            }
            if (block.note() != null && !block.note().isBlank()) {
                lines.addAll(paragraph(fonts, block.note(), Style.ITALIC, BODY, Canvas.MUTED, 0, width, LEADING, 3,
                        canvas.element("P", parent)));
            }
        }
        return lines;
    }

    /** Draws the line with its top at {@code top}; returns the new top. */
    float draw(Canvas.Surface surface, float x, float top, boolean atPageTop) {
        float y = top - (atPageTop ? 0 : before);
        float baseline = y - height + (height - size) / 2 + size * 0.22f;
        if (bullet != null) {
            surface.text(bullet, x + bulletIndent, baseline, Style.REGULAR, size, Canvas.ACCENT, bulletElement);
        }
        surface.text(text, x + indent, baseline, style, size, color, element);
        return y - height;
    }

    float total(boolean atPageTop) {
        return height + (atPageTop ? 0 : before);
    }
}
