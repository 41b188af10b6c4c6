package vn.motcua.digitisation;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the digitisation module ({@code motcua.digitisation.*}).
 *
 * @param storeDir          the folder of the document store; every node of a cluster must see the same one
 * @param maxFileSize       the largest file accepted
 * @param orphanGracePeriod how old a blob that no document references must be before the sweeper deletes
 *                          it; longer than any transaction that stores a document
 * @param pdf               the budget of every PDF reading ({@code motcua.digitisation.pdf.*}, see {@link PdfBudget})
 */
@ConfigurationProperties("motcua.digitisation")
record DigitisationSettings(Path storeDir, DataSize maxFileSize, Duration orphanGracePeriod, PdfBudget.Limits pdf) {

    DigitisationSettings {
        storeDir = storeDir == null ? Path.of("./data/documents") : storeDir;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        orphanGracePeriod = orphanGracePeriod == null ? Duration.ofHours(1) : orphanGracePeriod;
        pdf = pdf == null ? PdfBudget.Limits.STANDARD : pdf;
        if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("motcua.digitisation.max-file-size must be positive, was " + maxFileSize);
        }
        if (orphanGracePeriod.isNegative()) {
            throw new IllegalArgumentException("motcua.digitisation.orphan-grace-period must not be negative, was "
                    + orphanGracePeriod);
        }
    }
}
