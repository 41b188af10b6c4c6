package vn.motcua.digitisation;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** The bytes of a PDF in memory, whose reads keep an eye on the reading's clock (see {@link ReadingMeter}). */
final class MeteredSource extends RandomAccessReadBuffer {

    private final ReadingMeter meter;

    MeteredSource(byte[] pdf, ReadingMeter meter) {
        super(pdf);
        this.meter = meter;
    }

    @Override
    public int read() throws IOException {
        meter.read();
        return super.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        meter.read();
        return super.read(b, offset, length);
    }
}
