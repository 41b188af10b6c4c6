package vn.motcua.signing;

/** An RFC 3161 time-stamping authority: proves that a signature existed at a time it vouches for. */
public interface TimeStampAuthority {

    /**
     * A time-stamp token (DER-encoded CMS ContentInfo, RFC 3161) over this SHA-256 digest. Throws when the
     * authority cannot be reached or refuses; the signature is then not made.
     */
    byte[] timeStamp(byte[] sha256);
}
