/**
 * Signing (ký số): keys and certificates of offices and officers, PAdES signatures on PDFs and their
 * verification. The only module that uses BouncyCastle.
 *
 * <p>{@link vn.motcua.signing.PdfSigner} adds a PAdES-B-B signature (ETSI.CAdES.detached) with a visible
 * stamp at the top left of page 1, saved incrementally so that earlier signatures stay valid.
 * {@link vn.motcua.signing.PdfVerifier} checks every signature of a PDF: integrity, the chain to the
 * configured trust anchors, validity at signing time, key usage and revocation.
 *
 * <p>Ports, each with an adapter in {@code infra/}: {@link vn.motcua.signing.Signer} (keys; a PKCS#12
 * keystore, a hardware module could take its place), {@link vn.motcua.signing.RevocationCheck} (CRLs, OCSP then CRLs, or a
 * simulator) and {@link vn.motcua.signing.TimeStampAuthority} (RFC 3161: over HTTP, or a simulator in the demo).
 */
package vn.motcua.signing;
