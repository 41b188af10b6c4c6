package vn.motcua.interagency;

/** The SMS gateway (brandname SMS) that delivers text messages to mobile phones. */
public interface SmsGateway {

    /**
     * Hands one message to the gateway.
     *
     * @return true when the gateway accepted it for delivery; false when it refused it (an invalid number),
     *         which the gateway has logged. A citizen's typo must not fail a dossier, so it is not thrown.
     */
    boolean send(SmsMessage message);
}
