package vn.motcua.digitisation;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * One of PDFBox's filters, whose decoded output is charged to the {@link ReadingMeter} of the reading thread (and
 * written through unmetered outside a budgeted reading). PDFBox decodes every stream (cross-reference and object
 * streams included) whole into memory and offers no limit nor any way to register a filter, so {@link #install()}
 * puts these in place of its own, once, in its filter registry: the one place every decoding passes through, chained
 * filters included.
 */
final class MeteredFilter extends Filter {

    private final Filter decoder;

    private MeteredFilter(Filter decoder) {
        this.decoder = decoder;
    }

    /**
     * Wraps every filter of PDFBox's registry; idempotent. Throws IllegalStateException when the registry is not where
     * this version of PDFBox keeps it, so that an upgrade that moved it fails at start-up rather than reading bombs
     * unmetered.
     */
    static synchronized void install() {
        Map<COSName, Filter> registry = registry();
        Map<Filter, Filter> metered = new IdentityHashMap<>();
        // several names share one filter (/FlateDecode and /Fl): they keep sharing one wrapper
        registry.replaceAll((name, filter) -> filter instanceof MeteredFilter ? filter
                : metered.computeIfAbsent(filter, MeteredFilter::new));
    }

    static boolean installed() {
        return registry().values().stream().allMatch(MeteredFilter.class::isInstance);
    }

    @SuppressWarnings("unchecked")
    private static Map<COSName, Filter> registry() {
        try {
            Field filters = FilterFactory.class.getDeclaredField("filters");
            filters.setAccessible(true);
            return (Map<COSName, Filter>) filters.get(FilterFactory.INSTANCE);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot meter PDFBox's filters: its registry is not where it was in 3.0", e);
        }
    }

    @Override
    public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
            throws IOException {
        return decoder.decode(encoded, metered(decoded), parameters, index);
    }

    @Override
    public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
            DecodeOptions options) throws IOException {
        return decoder.decode(encoded, metered(decoded), parameters, index, options);
    }

    @Override
    protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
        // the index is not used by encoding
        decoder.encode(input, encoded, parameters, 0);
    }

    private static OutputStream metered(OutputStream decoded) {
        ReadingMeter meter = ReadingMeter.current();
        return meter == null ? decoded : new MeteredOutput(decoded, meter);
    }

    private static final class MeteredOutput extends FilterOutputStream {

        private final ReadingMeter meter;

        MeteredOutput(OutputStream out, ReadingMeter meter) {
            super(out);
            this.meter = meter;
        }

        @Override
        public void write(int b) throws IOException {
            meter.decoded(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            meter.decoded(len);
            out.write(b, off, len);
        }
    }
}
