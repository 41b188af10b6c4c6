package vn.motcua.interagency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS channel: a short text with the dossier code, to the citizen's mobile number. */
final class SmsNotifier implements CitizenNotifier {

    private static final Logger log = LoggerFactory.getLogger(SmsNotifier.class);

    private final SmsGateway gateway;

    SmsNotifier(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void notify(Notification notification) {
        if (notification.phone() == null || notification.phone().isBlank()) {
            log.debug("No SMS for dossier {} ({}): the citizen gave no phone number", notification.dossierCode(),
                    notification.kind());
            return;
        }
        gateway.send(new SmsMessage(dialable(notification.phone()),
                "Hồ sơ " + notification.dossierCode() + ": " + notification.message()));
    }

    /**
     * Citizens write "0912.345.678", "0912 345 678" or "+84 912 345 678"; the gateway takes ten digits
     * starting with 0, so the separators go and +84 becomes 0. Anything else is left for the gateway to refuse.
     */
    static String dialable(String phone) {
        String digits = phone.strip().replaceAll("[\\s.()-]", "");
        return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
    }
}
