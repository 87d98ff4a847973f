package de.querschnitt.annex.pdf;

import de.querschnitt.annex.pdf.Fonts.Style;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.jspecify.annotations.Nullable;

/**
 * The pages of the annex and everything drawn on them, tagged: text belongs to an element of the
 * structure tree (the reading order for screen readers, PDF/A level a), lines, fills, running headers
 * and repeated headings are artifacts.
 */
final class Canvas {

    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float LEFT = 42;
    static final float RIGHT = SIZE.getWidth() - 42;
    static final float TOP = SIZE.getHeight() - 58;
    static final float BOTTOM = 50;
    static final float WIDTH = RIGHT - LEFT;

    static final Color INK = new Color(0x1d, 0x24, 0x2b);
    static final Color MUTED = new Color(0x5a, 0x64, 0x6e);
    static final Color ACCENT = new Color(0x0b, 0x4f, 0x6c);
    static final Color RULE = new Color(0x9a, 0xa8, 0xb4);
    static final Color TINT = new Color(0xe8, 0xf0, 0xf5);
    static final Color TINT_STRONG = new Color(0xcf, 0xe0, 0xea);

    final PDDocument document;
    final Fonts fonts;
    private final PDStructureTreeRoot structureRoot;
    final PDStructureElement root;
    private final List<Sheet> sheets = new ArrayList<>();
    /** Structure elements of annotations (links), by their StructParent key after the pages' keys. */
    private final List<PDStructureElement> objectParents = new ArrayList<>();
    private @Nullable Surface current;

    Canvas(PDDocument document) {
        this.document = document;
        this.fonts = new Fonts(document);
        this.structureRoot = new PDStructureTreeRoot();
        document.getDocumentCatalog().setStructureTreeRoot(structureRoot);
        this.root = new PDStructureElement("Document", structureRoot);
        structureRoot.appendKid(root);
    }

    /** A page with its own marked-content ids and the elements they belong to (the parent tree). */
    static final class Sheet {
        final PDPage page;
        final int index;
        private final List<PDStructureElement> parents = new ArrayList<>();

        Sheet(PDPage page, int index) {
            this.page = page;
            this.index = index;
        }
    }

    int pageCount() {
        return sheets.size();
    }

    List<Sheet> sheets() {
        return sheets;
    }

    /** Ends the current page and starts a new one, which becomes the target of drawing. */
    Surface newPage() {
        closeCurrent();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        Sheet sheet = new Sheet(page, sheets.size());
        page.setStructParents(sheet.index);
        sheets.add(sheet);
        current = open(sheet, false);
        return current;
    }

    Surface current() {
        return current == null ? newPage() : current;
    }

    void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** Draws on an earlier page (table of contents, page numbers) after its first content. */
    Surface reopen(Sheet sheet) {
        return open(sheet, true);
    }

    private Surface open(Sheet sheet, boolean append) {
        try {
            return new Surface(sheet, new PDPageContentStream(document, sheet.page,
                    append ? AppendMode.APPEND : AppendMode.OVERWRITE, true, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * The key under which an annotation (a link) names its structure element; call only once every page
     * exists, as the keys follow the pages'.
     */
    int objectParentKey(PDStructureElement element) {
        objectParents.add(element);
        return sheets.size() + objectParents.size() - 1;
    }

    /** Writes the parent tree: for every page, which element each marked-content id belongs to. */
    void finishStructure() {
        closeCurrent();
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        for (Sheet sheet : sheets) {
            COSArray array = new COSArray();
            sheet.parents.forEach(element -> array.add(element.getCOSObject()));
            numbers.put(sheet.index, new PDParentTreeValue(array));
        }
        for (int i = 0; i < objectParents.size(); i++) {
            numbers.put(sheets.size() + i, new PDParentTreeValue(objectParents.get(i).getCOSObject()));
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        structureRoot.setParentTree(parentTree);
        structureRoot.setParentTreeNextKey(sheets.size() + objectParents.size());
    }

    /** Drawing on one page. */
    final class Surface implements AutoCloseable {
        final Sheet sheet;
        private final PDPageContentStream stream;

        private Surface(Sheet sheet, PDPageContentStream stream) {
            this.sheet = sheet;
            this.stream = stream;
        }

        /** Text as content of {@code element}, or as an artifact if {@code element} is null. */
        void text(String text, float x, float y, Style style, float size, Color color,
                @Nullable PDStructureElement element) {
            if (text.isEmpty()) {
                return;
            }
            try {
                begin(element);
                stream.beginText();
                stream.setFont(fonts.font(style), size);
                stream.setNonStrokingColor(color);
                stream.newLineAtOffset(x, y);
                stream.showText(text);
                stream.endText();
                stream.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Text turned 90° counter-clockwise, reading upwards from ({@code x}, {@code y}). */
        void rotatedText(String text, float x, float y, Style style, float size, Color color,
                @Nullable PDStructureElement element) {
            try {
                begin(element);
                stream.beginText();
                stream.setFont(fonts.font(style), size);
                stream.setNonStrokingColor(color);
                stream.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, x, y));
                stream.showText(text);
                stream.endText();
                stream.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void begin(@Nullable PDStructureElement element) throws IOException {
            if (element == null) {
                stream.beginMarkedContent(COSName.ARTIFACT);
                return;
            }
            int mcid = sheet.parents.size();
            sheet.parents.add(element);
            stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            if (element.getPage() == null) {
                element.setPage(sheet.page);
            }
            if (element.getPage().getCOSObject() == sheet.page.getCOSObject()) {
                element.appendKid(mcid);
            } else {
                PDMarkedContentReference reference = new PDMarkedContentReference();
                reference.setPage(sheet.page);
                reference.setMCID(mcid);
                element.appendKid(reference);
            }
        }

        void fill(float x, float y, float width, float height, Color color) {
            artifact(() -> {
                stream.setNonStrokingColor(color);
                stream.addRect(x, y, width, height);
                stream.fill();
            });
        }

        void frame(float x, float y, float width, float height, Color color, float lineWidth) {
            artifact(() -> {
                stream.setStrokingColor(color);
                stream.setLineWidth(lineWidth);
                stream.addRect(x, y, width, height);
                stream.stroke();
            });
        }

        void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
            artifact(() -> {
                stream.setStrokingColor(color);
                stream.setLineWidth(lineWidth);
                stream.moveTo(x1, y1);
                stream.lineTo(x2, y2);
                stream.stroke();
            });
        }

        /** Drawing that is decoration, not content: marked as an artifact so screen readers skip it (PDF/UA, 2a). */
        private void artifact(Drawing drawing) {
            try {
                stream.beginMarkedContent(COSName.ARTIFACT);
                drawing.draw();
                stream.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Direct access for the few effects the helpers above do not cover (the rotated watermark). */
        PDPageContentStream stream() {
            return stream;
        }

        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }
}
