package vn.motcua.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.DemoApp;
import vn.motcua.EngineRest;
import vn.motcua.PdfBombs;
import vn.motcua.PublicApi;
import vn.motcua.TestFiles;

/**
 * The probe's 1 MB PDF whose cross-reference stream inflates to 1 GiB, posted without logging in, is refused with a
 * 422 problem naming the file, allocating far less than it inflates to, and the application keeps answering
 * (issue 13, point 3). So is a verification upload over its own size limit, before it is read into memory.
 */
@DemoApp
class PdfBombIntegrationTest {

    private static final String HOA = "001203004005";

    /** Well under the 1 GiB the bomb inflates to, well over the 64 MB the reading may keep. */
    private static final long ALLOCATION_BOUND = 512L << 20;

    @LocalServerPort
    int port;

    @Test
    void anOnlineDossierWithABombIsRefusedNamingTheFileAndTheApplicationKeepsServing() {
        byte[] bomb = PdfBombs.crossReferenceInflatingToAGibibyte();

        var refused = allocating(() -> PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don-bom.pdf", bomb).submit());

        assertThat(refused.answer().status()).as(refused.answer().body()).isEqualTo(422);
        assertThat(refused.answer().header("Content-Type")).contains("application/problem+json");
        JsonNode error = refused.answer().json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("components.DON_DE_NGHI");
        assertThat(error.get("message").asText()).isEqualTo("'don-bom.pdf': Tệp PDF cần hơn 64 MB bộ nhớ để đọc (có thể là tệp nén bất thường)"
                + " / The PDF needs more than 64 MB of memory to read (possibly a decompression bomb)");
        assertThat(refused.allocated()).as("bytes allocated while answering").isLessThan(ALLOCATION_BOUND);

        var ordinary = PublicApi.at(port).application(PublicApi.application(HOA, null))
                .file("DON_DE_NGHI", "don.pdf", TestFiles.pdf(1)).submit();
        assertThat(ordinary.status()).as(ordinary.body()).isEqualTo(201);
    }

    @Test
    void aBombToVerifyIsRefusedNamingTheFileAndTheApplicationKeepsServing() {
        byte[] bomb = PdfBombs.crossReferenceInflatingToAGibibyte();

        var refused = allocating(() -> verify("ban-sao-bom.pdf", bomb));

        assertThat(refused.answer().status()).as(refused.answer().body()).isEqualTo(422);
        assertThat(refused.answer().header("Content-Type")).contains("application/problem+json");
        JsonNode error = refused.answer().json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText()).startsWith("'ban-sao-bom.pdf': Tệp PDF cần hơn 64 MB bộ nhớ để đọc")
                .endsWith(" / The PDF needs more than 64 MB of memory to read (possibly a decompression bomb)");
        assertThat(refused.allocated()).as("bytes allocated while answering").isLessThan(ALLOCATION_BOUND);

        var ordinary = verify("chua-ky.pdf", TestFiles.pdf(1));
        assertThat(ordinary.status()).as(ordinary.body()).isEqualTo(200);
        assertThat(ordinary.json().get("problems").findValuesAsText("code")).containsExactly("NOT_SIGNED");
    }

    @Test
    void aVerificationUploadOverItsSizeLimitIsRefusedBeforeItIsRead() {
        byte[] fortyFiveMegabytes = Arrays.copyOf(TestFiles.pdf(1), 45 << 20);

        var refused = verify("ho-so-lon.pdf", fortyFiveMegabytes);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText())
                .isEqualTo("'ho-so-lon.pdf': Tệp lớn hơn 10 MB cho phép / The file is larger than the 10 MB allowed");
        assertThat(verify("chua-ky.pdf", TestFiles.pdf(1)).status()).isEqualTo(200);
    }

    private EngineRest.Response verify(String fileName, byte[] content) {
        return PublicApi.at(port).file("file", fileName, content).post("/api/public/verify");
    }

    private record Allocating(EngineRest.Response answer, long allocated) {
    }

    /**
     * The answer, and what every thread of this JVM (the server's among them) allocated meanwhile: a bound on the heap
     * the request took, whichever thread took it.
     */
    private static Allocating allocating(Supplier<EngineRest.Response> request) {
        long before = allocatedByAllThreads();
        var answer = request.get();
        return new Allocating(answer, allocatedByAllThreads() - before);
    }

    private static long allocatedByAllThreads() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }
}
