package vn.motcua.digitisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.motcua.digitisation.infra.LocalFolderDocumentStore;

/** The local-folder document store, the budget of PDF readings, and scheduling for the {@link OrphanSweeper} (nothing else enables it). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DigitisationConfig {

    @Bean
    DocumentStore documentStore(DigitisationSettings settings) {
        return new LocalFolderDocumentStore(settings.storeDir());
    }

    @Bean
    PdfBudget pdfBudget(DigitisationSettings settings) {
        return new PdfBudget(settings.pdf());
    }
}
