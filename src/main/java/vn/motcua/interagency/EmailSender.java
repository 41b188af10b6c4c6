package vn.motcua.interagency;

/** The mail server that delivers e-mail to citizens. */
public interface EmailSender {

    /**
     * Hands one e-mail to the mail server.
     *
     * @return true when the server accepted it; false when it refused the address, which it has logged
     */
    boolean send(EmailMessage message);
}
