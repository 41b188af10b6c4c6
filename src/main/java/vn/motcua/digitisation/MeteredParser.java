package vn.motcua.digitisation;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdfparser.XrefTrailerResolver;

/**
 * PDFBox's parser, charging the {@link ReadingMeter} for every object the file lists: each entry of a
 * cross-reference, and the objects an object stream says it holds before PDFBox indexes them. Neither costs much
 * decoding, but each costs PDFBox map entries; a 355-byte cross-reference stream with /W [0 0 0] and /Size 2000000000
 * otherwise fills any heap.
 */
final class MeteredParser extends PDFParser {

    private final ReadingMeter meter;
    private final Set<Long> chargedObjectStreams = new HashSet<>();

    MeteredParser(RandomAccessRead source, ReadingMeter meter) throws IOException {
        super(source, "", null, null, IOUtils.createMemoryOnlyStreamCache());
        this.meter = meter;
        this.xrefTrailerResolver = new MeteredResolver(meter);
    }

    @Override
    protected COSBase parseObjectStreamObject(long objectStreamNumber, COSObjectKey key) throws IOException {
        if (chargedObjectStreams.add(objectStreamNumber)) {
            COSBase stream = document.getObjectFromPool(new COSObjectKey(objectStreamNumber, 0)).getObject();
            if (stream instanceof COSStream objects) {
                meter.listed(Math.max(0, objects.getInt(COSName.N)));
            }
        }
        return super.parseObjectStreamObject(objectStreamNumber, key);
    }

    private static final class MeteredResolver extends XrefTrailerResolver {

        private final ReadingMeter meter;

        MeteredResolver(ReadingMeter meter) {
            this.meter = meter;
        }

        @Override
        public void setXRef(COSObjectKey objKey, long offset) {
            meter.listed(1);
            super.setXRef(objKey, offset);
        }
    }
}
