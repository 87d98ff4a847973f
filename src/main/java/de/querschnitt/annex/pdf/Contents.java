package de.querschnitt.annex.pdf;

import de.querschnitt.annex.AnnexModel;
import de.querschnitt.annex.AnnexModel.Card;
import de.querschnitt.annex.AnnexModel.UnitInstruments;
import de.querschnitt.annex.AnnexModel.UnitPlans;
import de.querschnitt.annex.pdf.Fonts.Style;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Table of contents and bookmarks. The entries are known before the content is laid out, so the pages
 * of the table are reserved first and filled once every entry has its page.
 */
final class Contents {

    static final String TITLE = "Inhalt";
    private static final float[] SIZES = {10.5f, 9.4f, 8.8f};
    private static final float[] LEADINGS = {17, 13.5f, 12.2f};
    private static final float[] INDENTS = {0, 16, 32};
    private static final float NUMBER_WIDTH = 46;
    private static final float HEADING_HEIGHT = 45;

    private final Canvas canvas;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Canvas.Sheet> pages = new ArrayList<>();
    private PDStructureElement section;
    private PDStructureElement heading;
    private PDStructureElement toc;
    private int marked;

    private static final class Entry {
        final int level;
        final String text;
        List<String> lines;
        Canvas.Sheet sheet;

        Entry(int level, String text) {
            this.level = level;
            this.text = text;
        }
    }

    Contents(Canvas canvas) {
        this.canvas = canvas;
    }

    /** Lists the entries and adds as many empty pages as they need, right after the title page. */
    void reserve(AnnexModel model) {
        add(0, AnnexPdf.OVERVIEW);
        add(0, AnnexPdf.PROFILES);
        for (UnitPlans unit : model.units()) {
            add(1, unit.label());
            for (Card card : unit.cards()) {
                add(2, card.title());
            }
        }
        add(0, AnnexPdf.INSTRUMENTS);
        for (UnitInstruments unit : model.instruments()) {
            add(1, unit.label());
        }
        add(0, AnnexPdf.MATRIX);
        add(0, AnnexPdf.CORE);

        section = canvas.element("Sect", canvas.root);
        heading = canvas.element("H1", section);
        toc = canvas.element("TOC", section);
        canvas.newPage();
        pages.add(canvas.current().sheet);
        float y = Canvas.TOP - HEADING_HEIGHT;
        for (Entry entry : entries) {
            float height = height(entry);
            if (y - height < Canvas.BOTTOM) {
                canvas.newPage();
                pages.add(canvas.current().sheet);
                y = Canvas.TOP;
            }
            y -= height;
        }
    }

    private void add(int level, String text) {
        Entry entry = new Entry(level, text);
        entry.lines = canvas.fonts.wrap(text, level == 0 ? Style.BOLD : Style.REGULAR, SIZES[level],
                Canvas.WIDTH - INDENTS[level] - NUMBER_WIDTH - 30);
        entries.add(entry);
    }

    private static float height(Entry entry) {
        return LEADINGS[entry.level] + (entry.lines.size() - 1) * SIZES[entry.level] * 1.25f;
    }

    /** Records where the next entry (in the order of {@link #reserve}) starts. */
    void mark(int level, String text, Canvas.Sheet sheet) {
        Entry entry = entries.get(marked++);
        if (entry.level != level || !entry.text.equals(text)) {
            throw new IllegalStateException("Contents out of order: expected " + entry.text + ", got " + text);
        }
        entry.sheet = sheet;
    }

    /** Draws the reserved pages. */
    void write() {
        canvas.closeCurrent();
        int pageIndex = 0;
        Canvas.Surface surface = canvas.reopen(pages.get(pageIndex));
        float y = Canvas.TOP;
        surface.text(TITLE, Canvas.LEFT, y - 17, Style.BOLD, 17, Canvas.ACCENT, heading);
        surface.line(Canvas.LEFT, y - 25, Canvas.RIGHT, y - 25, Canvas.ACCENT, 1.2f);
        y -= HEADING_HEIGHT;
        for (Entry entry : entries) {
            float height = height(entry);
            if (y - height < Canvas.BOTTOM) {
                surface.close();
                surface = canvas.reopen(pages.get(++pageIndex));
                y = Canvas.TOP;
            }
            PDStructureElement item = canvas.element("TOCI", toc);
            int level = entry.level;
            Style style = level == 0 ? Style.BOLD : Style.REGULAR;
            float size = SIZES[level];
            float baseline = y - LEADINGS[level] + 4;
            if (level == 0) {
                baseline -= 2;
            }
            float x = Canvas.LEFT + INDENTS[level];
            for (int i = 0; i < entry.lines.size(); i++) {
                if (i > 0) {
                    baseline -= size * 1.25f;
                }
                surface.text(entry.lines.get(i), x, baseline, style, size, Canvas.INK, item);
            }
            String number = Integer.toString(entry.sheet.index + 1);
            float numberWidth = canvas.fonts.width(number, style, size);
            float textEnd = x + canvas.fonts.width(entry.lines.getLast(), style, size) + 6;
            float numberX = Canvas.RIGHT - numberWidth;
            float dot = canvas.fonts.width(". ", Style.REGULAR, size);
            int dots = (int) ((numberX - 6 - textEnd) / dot);
            if (dots > 0) {
                surface.text(". ".repeat(dots).strip(), numberX - 6 - dots * dot, baseline, Style.REGULAR, size,
                        Canvas.RULE, null);
            }
            surface.text(number, numberX, baseline, style, size, Canvas.INK, item);
            link(surface.sheet, item, entry, x, baseline - 3, y);
            y -= height;
        }
        surface.close();
    }

    /** Makes the entry clickable: a link annotation over its lines, tagged as a Link of the entry. */
    private void link(Canvas.Sheet page, PDStructureElement item, Entry entry, float x, float bottom, float top) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, bottom, Canvas.RIGHT - x, top - bottom));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setPrinted(true);
        link.setContents(entry.text);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(entry.sheet.page);
        destination.setTop((int) Canvas.SIZE.getHeight());
        destination.setLeft(0);
        link.setDestination(destination);
        PDStructureElement element = canvas.element("Link", item);
        element.setPage(page.page);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(link);
        element.appendKid(reference);
        link.setStructParent(canvas.objectParentKey(element));
        try {
            page.page.getAnnotations().add(link);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Bookmarks: the sections, every unit, every card. */
    void outline(PDDocument document) {
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        outline.addLast(item(TITLE, pages.getFirst()));
        PDOutlineNode[] parents = new PDOutlineNode[3];
        parents[0] = outline;
        for (Entry entry : entries) {
            PDOutlineItem item = item(entry.text, entry.sheet);
            parents[entry.level].addLast(item);
            if (entry.level < 2) {
                parents[entry.level + 1] = item;
            }
        }
        outline.openNode();
    }

    private static PDOutlineItem item(String title, Canvas.Sheet sheet) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(sheet.page);
        destination.setTop((int) Canvas.SIZE.getHeight());
        destination.setLeft(0);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }
}
