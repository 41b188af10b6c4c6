package vn.motcua.digitisation;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * A PDF whose reading would take more memory or time than {@link PdfBudget} allows (a decompression bomb, a
 * cross-reference listing billions of objects): refused, never read to the end. The message is in Vietnamese and
 * English ({@code "<vi> / <en>"}), fit to show the person who sent the file.
 */
public class PdfOverBudget extends RuntimeException {

    private final String messageVi;
    private final String messageEn;

    private PdfOverBudget(String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn, null, false, false);
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    static PdfOverBudget memory(DataSize limit) {
        String size = SizeLimitedInput.describe(limit);
        return new PdfOverBudget("Tệp PDF cần hơn " + size + " bộ nhớ để đọc (có thể là tệp nén bất thường)",
                "The PDF needs more than " + size + " of memory to read (possibly a decompression bomb)");
    }

    static PdfOverBudget time(Duration limit) {
        boolean seconds = limit.toMillis() % 1000 == 0;
        String amount = seconds ? String.valueOf(limit.toSeconds()) : limit.toMillis() + " ms";
        return new PdfOverBudget("Tệp PDF cần hơn " + amount + (seconds ? " giây" : "") + " để đọc",
                "The PDF takes more than " + amount + (seconds ? " seconds" : "") + " to read");
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
