package vn.motcua.dossier.slip;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines no wider than a limit.
 *
 * <p>Lines break at spaces. A word wider than the whole line (a long URL, a code without spaces) is cut
 * between characters, because a form must never print outside its paper.
 */
final class TextWrapper {

    /** Where a URL or a path may break without a hyphen, as browsers and word processors do. */
    private static final String BREAK_AFTER = "/-?&=._";

    private TextWrapper() {
    }

    static List<Line> wrap(List<Span> spans, float maxWidth) {
        if (maxWidth <= 0) {
            throw new IllegalArgumentException("cannot wrap text into a width of " + maxWidth);
        }
        LineBuilder line = new LineBuilder(maxWidth);
        for (Word word : words(spans)) {
            line.add(word);
        }
        return line.finish();
    }

    /** A word may change style midway ("Hoà," with a bold name and a plain comma), so it is a list of spans. */
    private record Word(List<Span> pieces, TextStyle spaceBefore) {

        float width() {
            return (float) pieces.stream().mapToDouble(Span::width).sum();
        }
    }

    private static List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        List<Span> pieces = new ArrayList<>();
        TextStyle pendingSpace = null;
        TextStyle spaceBeforeWord = null;
        for (Span span : spans) {
            String text = span.text();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == ' ') {
                    if (!pieces.isEmpty()) {
                        words.add(new Word(pieces, spaceBeforeWord));
                        pieces = new ArrayList<>();
                    }
                    pendingSpace = span.style();
                    i++;
                } else {
                    int end = text.indexOf(' ', i);
                    end = end < 0 ? text.length() : end;
                    if (pieces.isEmpty()) {
                        spaceBeforeWord = pendingSpace;
                        pendingSpace = null;
                    }
                    pieces.add(new Span(text.substring(i, end), span.style()));
                    i = end;
                }
            }
        }
        if (!pieces.isEmpty()) {
            words.add(new Word(pieces, spaceBeforeWord));
        }
        return words;
    }

    private static final class LineBuilder {

        private final float maxWidth;
        private final List<Line> lines = new ArrayList<>();
        private List<Span> spans = new ArrayList<>();
        private float width;

        LineBuilder(float maxWidth) {
            this.maxWidth = maxWidth;
        }

        void add(Word word) {
            float wordWidth = word.width();
            if (!spans.isEmpty() && word.spaceBefore() != null) {
                float spaceWidth = word.spaceBefore().width(" ");
                if (width + spaceWidth + wordWidth <= maxWidth) {
                    append(new Span(" ", word.spaceBefore()), spaceWidth);
                    word.pieces().forEach(piece -> append(piece, piece.width()));
                    return;
                }
            } else if (width + wordWidth <= maxWidth) {
                word.pieces().forEach(piece -> append(piece, piece.width()));
                return;
            }
            if (!spans.isEmpty()) {
                breakLine();
            }
            if (wordWidth <= maxWidth) {
                word.pieces().forEach(piece -> append(piece, piece.width()));
            } else {
                cut(word);
            }
        }

        /**
         * Packs a word wider than a line (a URL) line by line, preferring to break after URL punctuation and
         * cutting between characters only inside a fragment that is itself wider than a line.
         */
        private void cut(Word word) {
            for (Span fragment : fragments(word)) {
                float fragmentWidth = fragment.width();
                if (!spans.isEmpty() && width + fragmentWidth > maxWidth) {
                    breakLine();
                }
                if (fragmentWidth <= maxWidth) {
                    append(fragment, fragmentWidth);
                } else {
                    cutBetweenCharacters(fragment);
                }
            }
        }

        private static List<Span> fragments(Word word) {
            List<Span> fragments = new ArrayList<>();
            for (Span piece : word.pieces()) {
                String text = piece.text();
                int start = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (BREAK_AFTER.indexOf(text.charAt(i)) >= 0) {
                        fragments.add(new Span(text.substring(start, i + 1), piece.style()));
                        start = i + 1;
                    }
                }
                if (start < text.length()) {
                    fragments.add(new Span(text.substring(start), piece.style()));
                }
            }
            return fragments;
        }

        private void cutBetweenCharacters(Span fragment) {
            fragment.text().codePoints().forEach(codePoint -> {
                Span character = new Span(new String(Character.toChars(codePoint)), fragment.style());
                float characterWidth = character.width();
                if (!spans.isEmpty() && width + characterWidth > maxWidth) {
                    breakLine();
                }
                append(character, characterWidth);
            });
        }

        /** Neighbouring text in the same style is drawn as one string, keeping the content stream small. */
        private void append(Span span, float spanWidth) {
            int last = spans.size() - 1;
            if (last >= 0 && spans.get(last).style().equals(span.style())) {
                spans.set(last, new Span(spans.get(last).text() + span.text(), span.style()));
            } else {
                spans.add(span);
            }
            width += spanWidth;
        }

        private void breakLine() {
            lines.add(new Line(spans, width));
            spans = new ArrayList<>();
            width = 0;
        }

        List<Line> finish() {
            if (!spans.isEmpty()) {
                breakLine();
            }
            return lines;
        }
    }
}
