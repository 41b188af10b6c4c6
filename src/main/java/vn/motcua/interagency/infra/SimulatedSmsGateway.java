package vn.motcua.interagency.infra;

import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.interagency.InteragencySettings;
import vn.motcua.interagency.SmsGateway;
import vn.motcua.interagency.SmsMessage;

/**
 * A simulator of the SMS gateway: nothing leaves this machine. It takes as long as a gateway, refuses what
 * a Vietnamese gateway refuses (a number that is not 10 digits starting with 0), logs each message and
 * keeps the last few for tests and demos.
 */
public class SimulatedSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(SimulatedSmsGateway.class);
    private static final Pattern MOBILE_NUMBER = Pattern.compile("0[0-9]{9}");

    private final SimulatedLatency latency;
    private final RecentMessages<SmsMessage> sent;

    public SimulatedSmsGateway(InteragencySettings.Messaging settings) {
        this.latency = new SimulatedLatency(settings.latencyMin(), settings.latencyMax());
        this.sent = new RecentMessages<>(settings.keepLast());
        log.info("SIMULATOR: the SMS gateway is simulated; text messages are logged, not sent");
    }

    @Override
    public boolean send(SmsMessage message) {
        if (!SimulatedLatency.sleep(latency.draw())) {
            log.warn("SIMULATED SMS gateway: interrupted, the message to {} was not sent", PersonalData.phone(message.phone()));
            return false;
        }
        if (!MOBILE_NUMBER.matcher(message.phone()).matches()) {
            log.warn("SIMULATED SMS gateway refused the number {}: not 10 digits starting with 0",
                    PersonalData.phone(message.phone()));
            return false;
        }
        sent.add(message);
        log.info("SIMULATED SMS to {}: {}", PersonalData.phone(message.phone()), message.text());
        return true;
    }

    /** The last messages accepted, oldest first (as many as {@code messaging.keep-last}). */
    public List<SmsMessage> sent() {
        return sent.list();
    }
}
