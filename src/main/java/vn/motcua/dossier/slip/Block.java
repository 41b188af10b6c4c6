package vn.motcua.dossier.slip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A column of form content of a fixed width, measured before it is drawn.
 *
 * <p>Content is collected as slices of known height (one wrapped line, a gap, a rule, a graphic) so that
 * {@link A5FormLayout} can decide where pages end, keep a block together, or set two blocks side by side
 * (the national heading beside the office name, the QR code beside the signature) before anything is drawn.
 */
final class Block {

    enum Align { LEFT, CENTER, RIGHT }

    /** One indivisible horizontal strip of a block. */
    interface Slice {

        float height();

        /** Draws the strip whose top edge is at {@code top}, starting at {@code x}, across {@code width}. */
        void draw(PDPageContentStream stream, float x, float top, float width) throws IOException;
    }

    /** White space; dropped when it would open a page. */
    record Gap(float height) implements Slice {

        @Override
        public void draw(PDPageContentStream stream, float x, float top, float width) {
            // nothing to draw: the space is the point
        }
    }

    private final float width;
    private final List<Slice> slices = new ArrayList<>();

    Block(float width) {
        this.width = width;
    }

    float width() {
        return width;
    }

    float height() {
        return (float) slices.stream().mapToDouble(Slice::height).sum();
    }

    List<Slice> slices() {
        return List.copyOf(slices);
    }

    Block paragraph(Align align, Span... spans) {
        for (Line line : TextWrapper.wrap(List.of(spans), width)) {
            slices.add(new TextLine(line, align, 0, null, 0));
        }
        return this;
    }

    /**
     * A list item: the marker ("1.") on the first line, the text wrapped beside it with a hanging indent so
     * that continuation lines start under the text, not under the number.
     */
    Block item(Span marker, float markerIndent, float textIndent, Span... spans) {
        List<Line> lines = TextWrapper.wrap(List.of(spans), width - textIndent);
        for (int i = 0; i < lines.size(); i++) {
            slices.add(new TextLine(lines.get(i), Align.LEFT, textIndent, i == 0 ? marker : null, markerIndent));
        }
        return this;
    }

    Block gap(float height) {
        slices.add(new Gap(height));
        return this;
    }

    /** A centred horizontal line, as under the national motto and the issuing body's name. */
    Block rule(float length, float thickness) {
        float drawn = Math.min(length, width);
        slices.add(new Slice() {
            @Override
            public float height() {
                return thickness;
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top, float columnWidth) throws IOException {
                float start = x + (columnWidth - drawn) / 2;
                stream.setLineWidth(thickness);
                stream.moveTo(start, top - thickness / 2);
                stream.lineTo(start + drawn, top - thickness / 2);
                stream.stroke();
            }
        });
        return this;
    }

    /** A graphic centred in the column. */
    Block graphic(Graphic graphic) {
        if (graphic.width() > width) {
            throw new IllegalArgumentException(
                    "a graphic " + graphic.width() + " pt wide does not fit a column of " + width + " pt");
        }
        slices.add(new Slice() {
            @Override
            public float height() {
                return graphic.height();
            }

            @Override
            public void draw(PDPageContentStream stream, float x, float top, float columnWidth) throws IOException {
                graphic.drawAt(stream, x + (columnWidth - graphic.width()) / 2, top - graphic.height());
            }
        });
        return this;
    }

    /** Draws every slice, the first one's top edge at {@code top}. */
    void drawAt(PDPageContentStream stream, float x, float top) throws IOException {
        float y = top;
        for (Slice slice : slices) {
            slice.draw(stream, x, y, width);
            y -= slice.height();
        }
    }

    private record TextLine(Line line, Align align, float indent, Span marker, float markerIndent) implements Slice {

        @Override
        public float height() {
            float markerHeight = marker == null ? 0 : marker.style().lineHeight();
            return Math.max(line.height(), markerHeight);
        }

        @Override
        public void draw(PDPageContentStream stream, float x, float top, float width) throws IOException {
            float ascent = Math.max(line.ascent(), marker == null ? 0 : marker.style().ascent());
            float baseline = top - ascent;
            if (marker != null) {
                show(stream, x + markerIndent, baseline, List.of(marker));
            }
            float free = width - indent - line.width();
            float start = x + indent + switch (align) {
                case LEFT -> 0;
                case CENTER -> free / 2;
                case RIGHT -> free;
            };
            show(stream, start, baseline, line.spans());
        }

        private static void show(PDPageContentStream stream, float x, float baseline, List<Span> spans)
                throws IOException {
            stream.beginText();
            stream.newLineAtOffset(x, baseline);
            for (Span span : spans) {
                // showText moves the text position past the string, so the next span continues where this ends.
                stream.setFont(span.style().font(), span.style().size());
                stream.showText(span.text());
            }
            stream.endText();
        }
    }
}
