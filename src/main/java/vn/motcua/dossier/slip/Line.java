package vn.motcua.dossier.slip;

import java.util.List;

/** One wrapped line: its spans in reading order and their total width. */
record Line(List<Span> spans, float width) {

    Line {
        spans = List.copyOf(spans);
    }

    float height() {
        return (float) spans.stream().mapToDouble(span -> span.style().lineHeight()).max().orElse(0);
    }

    float ascent() {
        return (float) spans.stream().mapToDouble(span -> span.style().ascent()).max().orElse(0);
    }
}
