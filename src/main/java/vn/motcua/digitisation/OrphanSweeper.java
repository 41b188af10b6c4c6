package vn.motcua.digitisation;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes, every hour, blobs that a crashed or rolled-back transaction left behind. Every node runs it
 * without coordination: two nodes deleting the same orphan is harmless, and a blob stored again
 * meanwhile is kept ({@link DocumentStore#deleteIfOlderThan}).
 */
@Component
class OrphanSweeper {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);

    private final Documents documents;
    private final DigitisationSettings settings;

    OrphanSweeper(Documents documents, DigitisationSettings settings) {
        this.documents = documents;
        this.settings = settings;
    }

    @Scheduled(initialDelay = 10, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
    void sweep() {
        int deleted = documents.sweepOrphans(settings.orphanGracePeriod());
        if (deleted > 0) {
            log.info("Deleted {} blob(s) of the document store that no document references", deleted);
        }
    }
}
