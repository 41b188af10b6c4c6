package vn.motcua.digitisation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.util.unit.DataSize;

/**
 * Passes bytes through until there are more than the limit, then throws TOO_LARGE. The size is known
 * only by reading: a declared length is what the sender says, and a stream may have none.
 */
final class SizeLimitedInput extends FilterInputStream {

    private final DataSize limit;
    private long count;

    SizeLimitedInput(InputStream in, DataSize limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limit.toBytes()) {
            throw DocumentRejected.tooLarge(describe(limit));
        }
    }

    /** "10 MB", "512 KB", "100 B": the limit as a person would say it. */
    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
