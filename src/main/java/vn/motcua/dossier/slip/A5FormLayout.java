package vn.motcua.dossier.slip;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays {@link Block}s down A5 portrait pages from top to bottom, starting a new page when one is full.
 *
 * <p>Forms 01–05 of Circular 01/2018/TT-VPCP are A5. The margins follow the proportions Decree 30/2020
 * sets for administrative documents (a wider left margin for binding into the dossier file), scaled to A5.
 * When content runs onto more pages, each further page opens with the continuation header and every page
 * gets "Trang i/n" at the foot, so loose pages can be put back in order.
 */
final class A5FormLayout {

    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A5;
    static final float LEFT_MARGIN = 20 * MM;
    static final float RIGHT_MARGIN = 12 * MM;
    static final float TOP_MARGIN = 14 * MM;
    static final float BOTTOM_MARGIN = 14 * MM;
    static final float CONTENT_WIDTH = PAGE.getWidth() - LEFT_MARGIN - RIGHT_MARGIN;

    private static final float TOP = PAGE.getHeight() - TOP_MARGIN;
    private static final float PAGE_NUMBER_BASELINE = BOTTOM_MARGIN / 2;

    private final PDDocument document;
    private final TextStyle pageNumberStyle;
    private final Block continuationHeader;
    private PDPageContentStream stream;
    private float cursor;
    private boolean pageIsEmpty;

    /**
     * @param continuationHeader drawn at the top of every page after the first; {@code CONTENT_WIDTH} wide
     */
    A5FormLayout(PDDocument document, TextStyle pageNumberStyle, Block continuationHeader) throws IOException {
        this.document = document;
        this.pageNumberStyle = pageNumberStyle;
        this.continuationHeader = continuationHeader;
        startPage();
    }

    /** A full-width block to fill and hand back to {@link #flow} or {@link #keepTogether}. */
    static Block fullWidth() {
        return new Block(CONTENT_WIDTH);
    }

    /** Places the block slice by slice, breaking pages between slices (between lines of a paragraph). */
    void flow(Block block) throws IOException {
        for (Block.Slice slice : block.slices()) {
            if (slice.height() > remaining()) {
                newPage();
            }
            if (slice instanceof Block.Gap && pageIsEmpty) {
                continue;
            }
            slice.draw(stream, LEFT_MARGIN, cursor, block.width());
            cursor -= slice.height();
            pageIsEmpty = false;
        }
    }

    /** Places the block on one page: on the next one if it does not fit here, flowing only if it fits on none. */
    void keepTogether(Block block) throws IOException {
        if (block.height() > remaining() && !pageIsEmpty) {
            newPage();
        }
        flow(block);
    }

    /**
     * Places blocks side by side, top-aligned, on one page, from the left margin with {@code gutter} points
     * between them.
     *
     * @throws IllegalArgumentException if they are wider than the page's text area or taller than a page
     */
    void row(float gutter, Block... blocks) throws IOException {
        float width = (float) List.of(blocks).stream().mapToDouble(Block::width).sum() + gutter * (blocks.length - 1);
        float height = (float) List.of(blocks).stream().mapToDouble(Block::height).max().orElse(0);
        if (width > CONTENT_WIDTH + 0.01f) {
            throw new IllegalArgumentException("a row " + width + " pt wide does not fit " + CONTENT_WIDTH + " pt");
        }
        if (height > remaining()) {
            newPage();
        }
        if (height > remaining()) {
            throw new IllegalArgumentException("a row " + height + " pt tall does not fit on an A5 page");
        }
        float x = LEFT_MARGIN;
        for (Block block : blocks) {
            block.drawAt(stream, x, cursor);
            x += block.width() + gutter;
        }
        cursor -= height;
        pageIsEmpty = false;
    }

    /** Ends the last page and numbers the pages if there is more than one. Call once, last. */
    void finish() throws IOException {
        stream.close();
        int pages = document.getNumberOfPages();
        if (pages > 1) {
            for (int i = 0; i < pages; i++) {
                numberPage(document.getPage(i), i + 1, pages);
            }
        }
    }

    private float remaining() {
        return cursor - BOTTOM_MARGIN;
    }

    private void newPage() throws IOException {
        stream.close();
        startPage();
        if (continuationHeader != null) {
            continuationHeader.drawAt(stream, LEFT_MARGIN, cursor);
            cursor -= continuationHeader.height();
        }
    }

    private void startPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        cursor = TOP;
        pageIsEmpty = true;
    }

    private void numberPage(PDPage page, int number, int of) throws IOException {
        Span text = new Span("Trang " + number + "/" + of, pageNumberStyle);
        try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            footer.beginText();
            footer.setFont(pageNumberStyle.font(), pageNumberStyle.size());
            footer.newLineAtOffset(LEFT_MARGIN + (CONTENT_WIDTH - text.width()) / 2, PAGE_NUMBER_BASELINE);
            footer.showText(text.text());
            footer.endText();
        }
    }
}
