package vn.motcua.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import vn.motcua.shared.InvalidRequest.FieldProblem;

/**
 * JSON from outside read within a budget, and what is wrong with a JSON document, told in Vietnamese and English without Jackson's own words: its messages name
 * Java types ({@code java.lang.String}, our records), which no client may see.
 */
public final class UntrustedJson {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*?)'");

    /** Deeper than any request of ours nests; longer than any field of ours (a file never travels as JSON). */
    public static final StreamReadConstraints BUDGET = StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(1_000_000).maxNumberLength(100).build();

    private UntrustedJson() {
    }

    /**
     * A parser factory for JSON from outside: a repeated key is refused rather than the last one silently winning
     * (two different id numbers in one request must not be read as one), and a document is read within the budget.
     */
    public static JsonFactory factory() {
        return JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).streamReadConstraints(BUDGET).build();
    }

    /**
     * The problem with the document: a repeated key named by its path, a value of the wrong type named by its path,
     * a document too deep or too long, or text that is not JSON (with its line and column).
     *
     * @param document the field the document came in ({@code body}, {@code application}); prefixes the path of a
     *                 member
     */
    public static FieldProblem problem(String document, Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof JsonProcessingException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JsonProcessingException json)) {
            return new FieldProblem(document, "thiếu hoặc không đọc được / is missing or unreadable");
        }
        String message = String.valueOf(json.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return new FieldProblem(member(document, json, duplicate.group(1)),
                    "khoá '" + cut(duplicate.group(1)) + "' lặp lại / the key '" + cut(duplicate.group(1)) + "' is repeated");
        }
        if (json instanceof StreamConstraintsException) {
            return new FieldProblem(document, "JSON lồng quá sâu hoặc quá dài / the JSON is nested too deeply or too long");
        }
        if (json instanceof PropertyBindingException unknown) {
            return new FieldProblem(path(document, unknown), "không phải trường được nhận / is not a known field");
        }
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldProblem(path(document, mapping), "sai kiểu giá trị / has a value of the wrong type");
        }
        var location = json.getLocation();
        String where = location == null || location.getLineNr() < 0 ? ""
                : " (dòng/line " + location.getLineNr() + ", cột/column " + location.getColumnNr() + ")";
        return new FieldProblem(document, "không phải JSON hợp lệ / is not valid JSON" + where);
    }

    private static String member(String document, JsonProcessingException json, String key) {
        StringBuilder path = new StringBuilder();
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            path.append(relative(mapping));
        } else if (json.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            for (var c = parser.getParsingContext().getParent(); c != null && !c.inRoot(); c = c.getParent()) {
                path.insert(0, c.getCurrentName() != null ? "." + cut(c.getCurrentName()) : "[" + c.getCurrentIndex() + "]");
            }
        }
        path.append('.').append(cut(key));
        return within(document, path.charAt(0) == '.' ? path.substring(1) : path.toString());
    }

    private static String path(String document, JsonMappingException mapping) {
        String relative = relative(mapping);
        return relative.isEmpty() ? document : within(document, relative.charAt(0) == '.' ? relative.substring(1) : relative);
    }

    private static String relative(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (var reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(cut(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The body's members are named as they are, a part's after the part ({@code application.applicant.name}). */
    private static String within(String document, String member) {
        return document.equals("body") ? member : document + "." + member;
    }

    private static String cut(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
