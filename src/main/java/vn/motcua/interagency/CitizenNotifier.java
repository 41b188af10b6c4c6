package vn.motcua.interagency;

/** Tells a citizen what happened to their dossier. */
public interface CitizenNotifier {

    /**
     * Sends the notification over every enabled channel. Never fails the dossier: a channel that refuses or
     * breaks is logged and the others still send. Not deduplicated: a retried caller notifies again.
     */
    void notify(Notification notification);
}
