package vn.motcua.digitisation;

import java.util.Arrays;
import java.util.Optional;

/** The formats a scan or an upload may have, recognised by their first bytes. */
public enum DocumentFormat {

    PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

    /** Enough of a file's start to tell every format apart. */
    static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    DocumentFormat(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format whose signature starts {@code head}. A file's name and declared type are what the
     * sender says it is; only its content tells what a viewer will do with it.
     */
    static Optional<DocumentFormat> sniff(byte[] head) {
        return Arrays.stream(values())
                .filter(f -> head.length >= f.signature.length
                        && Arrays.equals(head, 0, f.signature.length, f.signature, 0, f.signature.length))
                .findFirst();
    }
}
