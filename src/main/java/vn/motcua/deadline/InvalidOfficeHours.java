package vn.motcua.deadline;

/** A text that does not describe weekly office hours, e.g. {@code MON-FRI 08:00-12:00,13:00-17:00}. */
public class InvalidOfficeHours extends IllegalArgumentException {

    InvalidOfficeHours(String text, String reason) {
        super("office hours '" + text + "': " + reason);
    }
}
