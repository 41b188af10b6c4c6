package vn.motcua.interagency.infra;

import java.time.LocalDate;

/** One person in the simulated population register; residenceAddress is null when none is recorded. */
record Resident(String idNumber, String fullName, LocalDate dateOfBirth, String residenceAddress) {
}
