package vn.motcua.deadline;

/** Whether a statutory clock is counting office time. */
public enum ClockState { RUNNING, PAUSED, STOPPED }
