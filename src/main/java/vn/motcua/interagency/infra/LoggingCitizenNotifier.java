package vn.motcua.interagency.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.interagency.CitizenNotifier;
import vn.motcua.interagency.Notification;

/** The log channel: one line per notification, so that what citizens are told shows even with no gateway. */
public class LoggingCitizenNotifier implements CitizenNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingCitizenNotifier.class);

    @Override
    public void notify(Notification notification) {
        log.info("Notification {} for dossier {} (phone {}, e-mail {}): {}", notification.kind(),
                notification.dossierCode(), PersonalData.phone(notification.phone()),
                PersonalData.email(notification.email()), notification.message());
    }
}
