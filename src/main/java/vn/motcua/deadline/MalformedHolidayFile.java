package vn.motcua.deadline;

/** A holiday file line that cannot be read; the message names the file, the line and the reason. */
public class MalformedHolidayFile extends RuntimeException {

    private final String sourceName;
    private final int lineNumber;
    private final String reason;

    MalformedHolidayFile(String sourceName, int lineNumber, String reason) {
        super(sourceName + " line " + lineNumber + ": " + reason);
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    public String sourceName() {
        return sourceName;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String reason() {
        return reason;
    }
}
