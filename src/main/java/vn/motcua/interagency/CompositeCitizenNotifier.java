package vn.motcua.interagency;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CitizenNotifier} the application uses: sends each notification over every enabled channel, in
 * the order LOG, SMS, EMAIL. A channel that throws is logged and skipped, because a dossier must not stop
 * (or be retried, notifying twice) over an SMS the citizen did not get.
 */
final class CompositeCitizenNotifier implements CitizenNotifier {

    private static final Logger log = LoggerFactory.getLogger(CompositeCitizenNotifier.class);

    private final Map<NotificationChannel, CitizenNotifier> enabled = new EnumMap<>(NotificationChannel.class);

    /**
     * @param enabled   the channels to use
     * @param available a notifier for each channel that may be enabled
     */
    CompositeCitizenNotifier(Set<NotificationChannel> enabled, Map<NotificationChannel, CitizenNotifier> available) {
        for (NotificationChannel channel : enabled) {
            CitizenNotifier notifier = available.get(channel);
            if (notifier == null) {
                throw new IllegalArgumentException("no notifier for the enabled channel " + channel);
            }
            this.enabled.put(channel, notifier);
        }
        if (this.enabled.isEmpty()) {
            log.warn("No notification channel is enabled (motcua.interagency.notification-channels): citizens hear nothing");
        }
    }

    @Override
    public void notify(Notification notification) {
        enabled.forEach((channel, notifier) -> {
            try {
                notifier.notify(notification);
            } catch (RuntimeException e) {
                log.warn("The {} channel failed to send notification {} of dossier {}; the other channels go on",
                        channel, notification.kind(), notification.dossierCode(), e);
            }
        });
    }

    Set<NotificationChannel> channels() {
        return Collections.unmodifiableSet(enabled.keySet());
    }
}
