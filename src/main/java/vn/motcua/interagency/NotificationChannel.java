package vn.motcua.interagency;

/** A way of reaching a citizen, enabled by {@code motcua.interagency.notification-channels}. */
public enum NotificationChannel {
    /** One line in the application log: what would be sent, when nothing else is set up. */
    LOG,
    /** A text message through the {@link SmsGateway}. */
    SMS,
    /** An e-mail through the {@link EmailSender}. */
    EMAIL
}
