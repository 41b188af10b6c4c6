package vn.motcua.digitisation;

/**
 * What the reading of one PDF has used so far, against its budget. PDFBox holds everything it decodes in memory
 * and lists every object of the cross-reference in maps, and it calls no hook of ours in between; so the meter is
 * charged where our code sits in its path (the decoded bytes each filter writes, each object listed, the raw bytes
 * read) and throws {@link PdfOverBudget} there, which unwinds the parse before the memory is taken. Once over, it
 * stays over: a parser that catches the exception and tries to repair the file is refused at every later charge.
 * Bound to the reading thread while the reading runs.
 */
final class ReadingMeter {

    /**
     * What PDFBox keeps for one object a cross-reference or an object stream lists (its key, offset and map entries,
     * measured at about 200 bytes), charged against the memory budget: such a list costs memory without decoding
     * much (a cross-reference stream with /W [0 0 0] lists /Size objects out of no data at all).
     */
    static final long BYTES_PER_LISTED_OBJECT = 256;

    /** Raw reads between two looks at the clock, so that the parser's byte-by-byte reads stay cheap. */
    private static final int READS_PER_CLOCK_CHECK = 4096;

    private static final ThreadLocal<ReadingMeter> CURRENT = new ThreadLocal<>();

    private final long maxMemory;
    private long deadline;
    private final PdfBudget.Limits limits;
    private long memory;
    private int readsSinceClockCheck;
    private PdfOverBudget exceeded;

    ReadingMeter(PdfBudget.Limits limits) {
        this.limits = limits;
        this.maxMemory = limits.maxMemory().toBytes();
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    /** The meter of the reading running on this thread, or null outside a budgeted reading. */
    static ReadingMeter current() {
        return CURRENT.get();
    }

    /** Binds this meter to the calling thread until the returned handle is closed. */
    Binding bind() {
        ReadingMeter outer = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        };
    }

    /** A filter is about to write this many decoded bytes. */
    void decoded(long bytes) {
        charge(bytes);
    }

    /** The file lists this many more objects. */
    void listed(long objects) {
        charge(objects > Long.MAX_VALUE / BYTES_PER_LISTED_OBJECT ? Long.MAX_VALUE : objects * BYTES_PER_LISTED_OBJECT);
    }

    /** The parser read from the file. */
    void read() {
        check();
        if (++readsSinceClockCheck >= READS_PER_CLOCK_CHECK) {
            readsSinceClockCheck = 0;
            checkClock();
        }
    }

    /** Time the reading spent waiting for another system, which does not count against it. */
    void notCounting(long nanos) {
        deadline += nanos;
    }

    /** Why the reading went over budget, or null while it has not. */
    PdfOverBudget exceeded() {
        return exceeded;
    }

    private void charge(long bytes) {
        check();
        memory = bytes > maxMemory - memory ? maxMemory + 1 : memory + bytes;
        if (memory > maxMemory) {
            throw over(PdfOverBudget.memory(limits.maxMemory()));
        }
        checkClock();
    }

    private void check() {
        if (exceeded != null) {
            throw exceeded;
        }
    }

    private void checkClock() {
        if (System.nanoTime() - deadline > 0) {
            throw over(PdfOverBudget.time(limits.maxTime()));
        }
    }

    private PdfOverBudget over(PdfOverBudget why) {
        exceeded = why;
        return why;
    }

    interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
