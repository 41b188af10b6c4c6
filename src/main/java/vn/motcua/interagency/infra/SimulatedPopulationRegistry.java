package vn.motcua.interagency.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.interagency.InteragencySettings;
import vn.motcua.interagency.NewbornRegistration;
import vn.motcua.interagency.PersonCheck;
import vn.motcua.interagency.PersonQuery;
import vn.motcua.interagency.PopulationRegistry;
import vn.motcua.interagency.RegistryUnavailable;

/**
 * A simulator of the national population database: nothing leaves this machine. It holds the people of
 * {@code simulator/population.csv} plus the newborns it registers, takes 20–80 ms to answer (settings),
 * and stays silent for the id numbers the settings name, so that a caller waits out its timeout and gets
 * {@link RegistryUnavailable} as from the real register in an outage.
 */
public class SimulatedPopulationRegistry implements PopulationRegistry {

    static final String SEED = "simulator/population.csv";

    private static final Logger log = LoggerFactory.getLogger(SimulatedPopulationRegistry.class);
    private static final int LAST_SERIAL = 999_999;

    private final InteragencySettings.Population settings;
    private final SimulatedLatency latency;
    private final Map<String, Resident> residents = new ConcurrentHashMap<>();
    /** Dossier code → the id number assigned to its newborn: what makes assignment idempotent. */
    private final Map<String, String> assigned = new HashMap<>();
    /** Province, century digit and year → the last serial handed out under them. */
    private final Map<String, Integer> lastSerials = new HashMap<>();

    public SimulatedPopulationRegistry(InteragencySettings.Population settings) {
        this.settings = settings;
        this.latency = new SimulatedLatency(settings.latencyMin(), settings.latencyMax());
        for (Resident resident : seed()) {
            residents.put(resident.idNumber(), resident);
        }
        log.warn("SIMULATOR: the national population database is simulated with {} people from classpath:{};"
                + " no real register is asked. It answers in {}, callers give up after {} ms, and it never"
                + " answers for id numbers ending in {}", residents.size(), SEED, latency, settings.timeout().toMillis(),
                settings.unresponsiveIdEndings());
    }

    @Override
    public PersonCheck check(PersonQuery query) {
        String idNumber = query.idNumber().strip();
        if (settings.unresponsiveFor(idNumber)) {
            log.warn("SIMULATED population database: no answer for {} (motcua.interagency.population.unresponsive-id-endings)",
                    PersonalData.idNumber(idNumber));
            throw waitedInVain();
        }
        awaitAnswer();
        Resident resident = residents.get(idNumber);
        PersonCheck check = resident == null ? PersonCheck.notFound() : compare(query, resident);
        log.debug("SIMULATED population database: {} is {}", PersonalData.idNumber(idNumber), check.outcome());
        return check;
    }

    @Override
    public String assignIdNumber(NewbornRegistration newborn) {
        awaitAnswer();
        String idNumber;
        synchronized (this) {
            idNumber = assigned.computeIfAbsent(newborn.dossierCode(), dossier -> register(newborn));
        }
        log.info("SIMULATED population database: dossier {} → newborn id number {}", newborn.dossierCode(),
                PersonalData.idNumber(idNumber));
        return idNumber;
    }

    private static PersonCheck compare(PersonQuery query, Resident resident) {
        List<String> mismatched = new ArrayList<>();
        if (!Folding.name(query.fullName()).equals(Folding.name(resident.fullName()))) {
            mismatched.add(PersonCheck.FULL_NAME);
        }
        if (query.residenceAddress() != null && (resident.residenceAddress() == null
                || !Folding.address(query.residenceAddress()).equals(Folding.address(resident.residenceAddress())))) {
            mismatched.add(PersonCheck.RESIDENCE_ADDRESS);
        }
        return mismatched.isEmpty() ? PersonCheck.match(resident.fullName(), resident.residenceAddress())
                : PersonCheck.mismatch(mismatched, resident.fullName(), resident.residenceAddress());
    }

    /**
     * Province of birth registration (3 digits), century and sex (1), year (2), serial (6). The child is
     * added to the register, living where the mother (else the father) lives, as the birth group registers
     * the child's permanent residence with a parent.
     */
    private String register(NewbornRegistration newborn) {
        LocalDate born = newborn.birthDate();
        String prefix = newborn.birthProvinceCode() + centuryDigit(born.getYear(), newborn.female())
                + String.format("%02d", born.getYear() % 100);
        int serial = lastSerials.getOrDefault(prefix, 0);
        String idNumber;
        do {
            serial++;
            if (serial > LAST_SERIAL) {
                throw new IllegalStateException("the simulated register has no serial left under " + prefix);
            }
            idNumber = prefix + String.format("%06d", serial);
        } while (residents.containsKey(idNumber));
        lastSerials.put(prefix, serial);
        residents.put(idNumber, new Resident(idNumber, newborn.childName().strip(), born, parentsAddress(newborn)));
        return idNumber;
    }

    /** 0/1 for a man/woman born 1900–1999, 2/3 for 2000–2099, and so on to 8/9 for 2300–2399. */
    private static int centuryDigit(int year, boolean female) {
        if (year < 1900 || year > 2399) {
            throw new IllegalArgumentException("an id number encodes births from 1900 to 2399, not " + year);
        }
        return (year / 100 - 19) * 2 + (female ? 1 : 0);
    }

    private String parentsAddress(NewbornRegistration newborn) {
        for (String parent : new String[] {newborn.motherIdNumber(), newborn.fatherIdNumber()}) {
            Resident resident = parent == null ? null : residents.get(parent.strip());
            if (resident != null && resident.residenceAddress() != null) {
                return resident.residenceAddress();
            }
        }
        return null;
    }

    /** Sleeps as long as the register takes to answer, or the caller's timeout if it would take longer. */
    private void awaitAnswer() {
        Duration answer = latency.draw();
        if (answer.compareTo(settings.timeout()) > 0) {
            throw waitedInVain();
        }
        if (!SimulatedLatency.sleep(answer)) {
            throw new RegistryUnavailable(answer, new InterruptedException("interrupted while waiting for the register"));
        }
    }

    private RegistryUnavailable waitedInVain() {
        Duration timeout = settings.timeout();
        if (!SimulatedLatency.sleep(timeout)) {
            return new RegistryUnavailable(timeout, new InterruptedException("interrupted while waiting for the register"));
        }
        return new RegistryUnavailable(timeout);
    }

    private static List<Resident> seed() {
        try (InputStream csv = SimulatedPopulationRegistry.class.getClassLoader().getResourceAsStream(SEED)) {
            return PopulationFile.read(Objects.requireNonNull(csv, "classpath:" + SEED + " is missing"), SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
