package vn.motcua.interagency;

import java.util.Objects;

/** A text message to one mobile number. */
public record SmsMessage(String phone, String text) {

    public SmsMessage {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
    }
}
