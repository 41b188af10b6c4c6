package vn.motcua.interagency.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.IdNumber;
import vn.motcua.interagency.InteragencySettings;
import vn.motcua.interagency.NewbornRegistration;
import vn.motcua.interagency.PersonCheck;
import vn.motcua.interagency.PersonCheck.Outcome;
import vn.motcua.interagency.PersonQuery;
import vn.motcua.interagency.RegistryUnavailable;

class SimulatedPopulationRegistryTest {

    private static final String HOA = "001203004005";
    private static final String BINH = "001090001234";
    private static final String LAN = "001190005678";
    private static final String MINH = "001085002222";
    private static final String MAI = "036195000417";
    private static final String AN_PHU = "Thôn 2, xã An Phú, Tỉnh Mẫu";
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final SimulatedPopulationRegistry registry = registry(Duration.ZERO, TIMEOUT, List.of("999"));

    @Test
    void matchesWhenNameAndAddressAgreeWithTheRegister() {
        PersonCheck check = registry.check(new PersonQuery(HOA, "Nguyễn Thị Hoà", AN_PHU));

        assertThat(check.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(check.mismatchedFields()).isEmpty();
        assertThat(check.registeredName()).isEqualTo("Nguyễn Thị Hoà");
        assertThat(check.registeredAddress()).isEqualTo(AN_PHU);
        assertThat(check.explanation()).isEqualTo("Thông tin khớp với cơ sở dữ liệu quốc gia về dân cư");
    }

    @Test
    void matchesANameTypedInLowerCaseWithStraySpaces() {
        assertThat(registry.check(new PersonQuery(HOA, "  nguyễn  thị hoà ", "thôn 2,  XÃ AN PHÚ , tỉnh mẫu")).outcome())
                .isEqualTo(Outcome.MATCH);
    }

    @Test
    void matchesANameTypedInDecomposedUnicode() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hoà", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Hoà");

        assertThat(registry.check(new PersonQuery(HOA, decomposed, null)).outcome()).isEqualTo(Outcome.MATCH);
    }

    @Test
    void matchesANameWithTheToneMarkOnTheOtherVowelOrWithoutMarks() {
        assertThat(registry.check(new PersonQuery(HOA, "Nguyễn Thị Hòa", null)).outcome()).isEqualTo(Outcome.MATCH);
        assertThat(registry.check(new PersonQuery(BINH, "TRAN VAN BINH", null)).outcome()).isEqualTo(Outcome.MATCH);
    }

    /** The price of comparing without diacritics, which the register's rule accepts: Bính is taken for Bình. */
    @Test
    void takesNamesThatDifferOnlyInTheirMarksForOneName() {
        assertThat(registry.check(new PersonQuery(BINH, "Trần Văn Bính", null)).outcome()).isEqualTo(Outcome.MATCH);
    }

    @Test
    void comparesOnlyTheNameWhenNoAddressIsDeclared() {
        assertThat(registry.check(new PersonQuery(MINH, "Phạm Văn Minh", null)).outcome()).isEqualTo(Outcome.MATCH);
    }

    @Test
    void namesTheRegisteredNameWhenTheDeclaredNameDiffers() {
        PersonCheck check = registry.check(new PersonQuery(MAI, "Trần Thị Mơ", null));

        assertThat(check.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(check.mismatchedFields()).containsExactly(PersonCheck.FULL_NAME);
        assertThat(check.registeredName()).isEqualTo("Trần Thị Mai");
        assertThat(check.explanation()).isEqualTo("Họ tên không khớp: cơ sở dữ liệu ghi 'Trần Thị Mai'");
    }

    @Test
    void namesTheRegisteredAddressWhenTheDeclaredAddressDiffers() {
        PersonCheck check = registry.check(new PersonQuery(LAN, "Lê Thị Lan", AN_PHU));

        assertThat(check.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(check.mismatchedFields()).containsExactly(PersonCheck.RESIDENCE_ADDRESS);
        assertThat(check.explanation())
                .isEqualTo("Nơi thường trú không khớp: cơ sở dữ liệu ghi 'Số 12, thôn Bắc, xã Bình Hòa, Tỉnh Mẫu'");
    }

    @Test
    void listsBothFieldsWhenNameAndAddressDiffer() {
        PersonCheck check = registry.check(new PersonQuery(BINH, "Trần Văn Bằng", "Thôn 9, xã An Phú, Tỉnh Mẫu"));

        assertThat(check.mismatchedFields()).containsExactly(PersonCheck.FULL_NAME, PersonCheck.RESIDENCE_ADDRESS);
        assertThat(check.explanation()).contains("'Trần Văn Bình'", "'" + AN_PHU + "'");
    }

    @Test
    void findsNobodyUnderAnUnknownNumber() {
        PersonCheck check = registry.check(new PersonQuery("001099123456", "Nguyễn Văn A", null));

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(check.registeredName()).isNull();
        assertThat(check.explanation()).startsWith("Không tìm thấy số định danh cá nhân");
    }

    @Test
    void givesUpAfterTheTimeoutForANumberTheRegisterNeverAnswers() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> registry.check(new PersonQuery("034186000999", "Cao Thị Hằng", null)))
                .isInstanceOf(RegistryUnavailable.class)
                .satisfies(e -> assertThat(((RegistryUnavailable) e).waited()).isEqualTo(TIMEOUT));

        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(TIMEOUT.plusSeconds(2));
    }

    @Test
    void staysSilentForAWholeIdNumberListedInTheSettings() {
        var registry = registry(Duration.ZERO, Duration.ofMillis(10), List.of(LAN));

        assertThatThrownBy(() -> registry.check(new PersonQuery(LAN, "Lê Thị Lan", null))).isInstanceOf(RegistryUnavailable.class);
        assertThat(registry.check(new PersonQuery("034186000999", "Cao Thị Hằng", null)).outcome()).isEqualTo(Outcome.MATCH);
    }

    @Test
    void givesUpWhenTheRegisterWouldTakeLongerThanTheTimeout() {
        var slow = registry(Duration.ofSeconds(5), Duration.ofMillis(20), List.of());

        assertThatThrownBy(() -> slow.check(new PersonQuery(HOA, "Nguyễn Thị Hoà", null))).isInstanceOf(RegistryUnavailable.class);
    }

    @Test
    void assignsTheSameNumberWhenAskedAgainForTheSameDossier() {
        String first = registry.assignIdNumber(aGirl("000.00.21.H56-261122-0001"));
        String again = registry.assignIdNumber(aGirl("000.00.21.H56-261122-0001"));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void assignsAValidNumberOfBirthProvinceCenturyAndSexAndYear() {
        String girl = registry.assignIdNumber(aGirl("000.00.21.H56-261122-0001"));
        String boy = registry.assignIdNumber(new NewbornRegistration("000.00.21.H56-261122-0002", "Phạm Minh Quân",
                LocalDate.of(2026, 1, 5), "M", LAN, MINH, "036"));

        assertThat(girl).matches("[0-9]{12}").startsWith("001" + "3" + "26");
        assertThat(boy).matches("[0-9]{12}").startsWith("036" + "2" + "26");
        assertThat(IdNumber.problemWith(girl)).isNull();
        assertThat(IdNumber.problemWith(boy)).isNull();
    }

    @Test
    void assignsDifferentNumbersToDifferentNewborns() {
        List<String> numbers = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> registry.assignIdNumber(aGirl("000.00.21.H56-261122-" + String.format("%04d", i))))
                .toList();

        assertThat(Set.copyOf(numbers)).hasSize(20);
    }

    @Test
    void assignsOneNumberWhenTheSameDossierAsksFromSeveralThreadsAtOnce() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<String> ask = () -> registry.assignIdNumber(aGirl("000.00.21.H56-261122-0001"));
            List<Future<String>> answers = pool.invokeAll(List.of(ask, ask, ask, ask));

            assertThat(answers.stream().map(SimulatedPopulationRegistryTest::get).distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registersTheNewbornAtTheMothersResidence() {
        String idNumber = registry.assignIdNumber(aGirl("000.00.21.H56-261122-0001"));

        PersonCheck check = registry.check(new PersonQuery(idNumber, "Trần Thị Bảo Ngọc", AN_PHU));

        assertThat(check.outcome()).isEqualTo(Outcome.MATCH);
    }

    @Test
    void seedsPeopleWhoseIdNumbersAreValidAndAgreeWithTheirBirthYear() throws Exception {
        List<Resident> residents;
        try (InputStream csv = getClass().getClassLoader().getResourceAsStream(SimulatedPopulationRegistry.SEED)) {
            residents = PopulationFile.read(csv, SimulatedPopulationRegistry.SEED);
        }

        assertThat(residents).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(r -> assertThat(IdNumber.problemWith(r.idNumber())).as(r.idNumber()).isNull())
                .extracting(Resident::idNumber, Resident::fullName)
                .contains(tuple(HOA, "Nguyễn Thị Hoà"),
                        tuple(BINH, "Trần Văn Bình"),
                        tuple(LAN, "Lê Thị Lan"),
                        tuple(MINH, "Phạm Văn Minh"));
    }

    @Test
    void readsTheSexInVietnameseToo() {
        String girl = registry.assignIdNumber(new NewbornRegistration("000.00.21.H56-261122-0003", "Lê Thị Na",
                LocalDate.of(2026, 11, 2), Normalizer.normalize("nữ", Normalizer.Form.NFD), LAN, MINH, "001"));

        assertThat(girl).startsWith("001326");
    }

    @Test
    void refusesANewbornWhoseSexIsNeitherMaleNorFemale() {
        assertThatThrownBy(() -> new NewbornRegistration("000.00.21.H56-261122-0001", "Bé", LocalDate.of(2026, 11, 2), "X",
                HOA, BINH, "001")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sex");
    }

    private static NewbornRegistration aGirl(String dossierCode) {
        return new NewbornRegistration(dossierCode, "Trần Thị Bảo Ngọc", LocalDate.of(2026, 11, 2), "F", HOA, BINH, "001");
    }

    private static SimulatedPopulationRegistry registry(Duration latency, Duration timeout, List<String> unresponsive) {
        return new SimulatedPopulationRegistry(new InteragencySettings.Population(latency, latency, timeout, unresponsive));
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
