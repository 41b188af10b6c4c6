package vn.motcua;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Small, well-formed one-page PDFs that cost a reader far more than their size: decompression bombs (zeros deflate
 * about 1000 to 1) and a cross-reference that lists objects out of nothing. Made by streaming through a Deflater, so
 * making them never holds what they inflate to.
 */
public final class PdfBombs {

    private static final long MiB = 1 << 20;

    private PdfBombs() {
    }

    /** About 1 MB whose cross-reference stream inflates to 1 GiB (the probe's file). */
    public static byte[] crossReferenceInflatingToAGibibyte() {
        return withCrossReferenceStream("/Size 5 /W [1 4 1] /Filter /FlateDecode", 1024 * MiB);
    }

    /** A few hundred bytes whose cross-reference stream lists two billion objects without any data (/W [0 0 0]). */
    public static byte[] crossReferenceListingTwoBillionObjects() {
        return withCrossReferenceStream("/Size 2000000000 /W [0 0 0] /Filter /FlateDecode", 0);
    }

    /** A PDF whose cross-reference is sound and whose page's content stream inflates to that many bytes of spaces. */
    public static byte[] contentInflatingTo(long bytes) {
        var out = new ByteArrayOutputStream();
        byte[] content = deflated(new byte[0], bytes, (byte) ' ');
        long[] offsets = new long[5];
        write(out, "%PDF-1.5\n");
        offsets[1] = out.size();
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets[2] = out.size();
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n");
        offsets[4] = out.size();
        write(out, "4 0 obj\n<< /Filter /FlateDecode /Length " + content.length + " >>\nstream\n");
        out.writeBytes(content);
        write(out, "\nendstream\nendobj\n");
        long xref = out.size();
        write(out, "xref\n0 5\n0000000000 65535 f \n");
        for (int i = 1; i <= 4; i++) {
            write(out, String.format("%010d 00000 n \n", offsets[i]));
        }
        write(out, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** Catalog, pages, one page, then a cross-reference stream with these entries and that many zeros after its rows. */
    private static byte[] withCrossReferenceStream(String entries, long zeros) {
        var out = new ByteArrayOutputStream();
        long[] offsets = new long[5];
        write(out, "%PDF-1.5\n");
        offsets[1] = out.size();
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets[2] = out.size();
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
        offsets[4] = out.size();
        var rows = new ByteArrayOutputStream();
        rows.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xff});
        for (int i = 1; i <= 4; i++) {
            long o = offsets[i];
            rows.writeBytes(new byte[] {1, (byte) (o >> 24), (byte) (o >> 16), (byte) (o >> 8), (byte) o, 0});
        }
        byte[] data = deflated(rows.toByteArray(), zeros, (byte) 0);
        write(out, "4 0 obj\n<< /Type /XRef " + entries + " /Root 1 0 R /Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        write(out, "\nendstream\nendobj\nstartxref\n" + offsets[4] + "\n%%EOF\n");
        return out.toByteArray();
    }

    /**
     * A zlib stream of {@code head} then {@code count} times {@code filler}. Each mebibyte of filler is compressed
     * once: after a full flush the compressor starts afresh, so every further mebibyte compresses to the same bytes.
     */
    private static byte[] deflated(byte[] head, long count, byte filler) {
        var out = new ByteArrayOutputStream();
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        var checksum = new Adler32();
        try {
            out.writeBytes(new byte[] {0x78, (byte) 0xda});
            out.writeBytes(compress(deflater, head));
            checksum.update(head);
            byte[] block = new byte[(int) MiB];
            Arrays.fill(block, filler);
            byte[] compressedBlock = compress(deflater, block);
            for (long left = count; left > 0; left -= block.length) {
                int length = (int) Math.min(block.length, left);
                out.writeBytes(length == block.length ? compressedBlock : compress(deflater, Arrays.copyOf(block, length)));
                checksum.update(block, 0, length);
            }
            out.writeBytes(finish(deflater));
        } finally {
            deflater.end();
        }
        long adler = checksum.getValue();
        out.writeBytes(new byte[] {(byte) (adler >> 24), (byte) (adler >> 16), (byte) (adler >> 8), (byte) adler});
        return out.toByteArray();
    }

    /** The input compressed and flushed, the compressor reset: nothing of it is held back. */
    private static byte[] compress(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        return out.toByteArray();
    }

    private static byte[] finish(Deflater deflater) {
        deflater.finish();
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
