package vn.motcua.interagency;

/** The national population database (Cơ sở dữ liệu quốc gia về dân cư). */
public interface PopulationRegistry {

    /**
     * Compares what the applicant declared with the register.
     *
     * @throws RegistryUnavailable when the register does not answer in time; a technical failure to retry,
     *                             never a verdict on the person
     */
    PersonCheck check(PersonQuery query);

    /**
     * The personal id number the register assigns to a newborn at birth registration; asking again for the
     * same dossier returns the same number, so a retried registration never creates a second person.
     *
     * @throws RegistryUnavailable when the register does not answer in time
     */
    String assignIdNumber(NewbornRegistration newborn);
}
