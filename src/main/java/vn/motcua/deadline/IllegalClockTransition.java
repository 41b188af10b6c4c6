package vn.motcua.deadline;

/** A transition the clock's state does not allow, such as resuming a running clock or pausing a stopped one. */
public class IllegalClockTransition extends IllegalStateException {

    IllegalClockTransition(String clockKey, String transition, ClockState state) {
        super("clock '" + clockKey + "' cannot " + transition + ": it is " + state);
    }
}
