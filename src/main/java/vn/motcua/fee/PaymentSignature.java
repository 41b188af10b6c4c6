package vn.motcua.fee;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The gateway's callback signature: lower-case hex of HMAC-SHA256(secret, raw body bytes). */
public final class PaymentSignature {

    private PaymentSignature() {
    }

    public static String sign(String secret, String rawBody) {
        return HexFormat.of().formatHex(hmac(secret, rawBody));
    }

    /** Constant time, so that the answer's timing tells a forger nothing about the right signature. */
    public static boolean verify(String secret, String rawBody, String signature) {
        if (signature == null || rawBody == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, rawBody), given);
    }

    private static byte[] hmac(String secret, String rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(rawBody.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
