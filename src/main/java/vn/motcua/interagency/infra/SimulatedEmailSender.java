package vn.motcua.interagency.infra;

import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.interagency.EmailMessage;
import vn.motcua.interagency.EmailSender;
import vn.motcua.interagency.InteragencySettings;

/**
 * A simulator of the mail server: nothing leaves this machine. It takes as long as a mail server, refuses
 * an address without a user, an @ and a domain, logs each e-mail and keeps the last few for tests and demos.
 */
public class SimulatedEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(SimulatedEmailSender.class);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SimulatedLatency latency;
    private final RecentMessages<EmailMessage> sent;

    public SimulatedEmailSender(InteragencySettings.Messaging settings) {
        this.latency = new SimulatedLatency(settings.latencyMin(), settings.latencyMax());
        this.sent = new RecentMessages<>(settings.keepLast());
        log.info("SIMULATOR: the mail server is simulated; e-mails are logged, not sent");
    }

    @Override
    public boolean send(EmailMessage message) {
        if (!SimulatedLatency.sleep(latency.draw())) {
            log.warn("SIMULATED mail server: interrupted, the e-mail to {} was not sent", PersonalData.email(message.to()));
            return false;
        }
        if (!ADDRESS.matcher(message.to()).matches()) {
            log.warn("SIMULATED mail server refused the address {}: not an e-mail address", PersonalData.email(message.to()));
            return false;
        }
        sent.add(message);
        log.info("SIMULATED e-mail to {}: {}", PersonalData.email(message.to()), message.subject());
        return true;
    }

    /** The last e-mails accepted, oldest first (as many as {@code messaging.keep-last}). */
    public List<EmailMessage> sent() {
        return sent.list();
    }
}
