package vn.motcua.identity;

/**
 * The roles of a one-stop centre's staff. Each is a Camunda group; which office a person works for
 * is their tenant membership, so one group serves every office.
 */
public enum StaffRole {
    RECEPTION_CLERK("tiep-nhan", "Cán bộ tiếp nhận và trả kết quả", false),
    CIVIL_STATUS_OFFICER("ho-tich", "Công chức tư pháp - hộ tịch", false),
    POLICE_RESIDENCE_OFFICER("cong-an-cu-tru", "Cán bộ công an (cư trú)", false),
    SOCIAL_INSURANCE_OFFICER("bhxh", "Cán bộ bảo hiểm xã hội", false),
    OFFICE_LEADER("lanh-dao", "Lãnh đạo đơn vị", true),
    SUPERVISOR("giam-sat", "Cán bộ giám sát", true);

    private final String groupId;
    private final String label;
    private final boolean supervises;

    StaffRole(String groupId, String label, boolean supervises) {
        this.groupId = groupId;
        this.label = label;
        this.supervises = supervises;
    }

    /** The Camunda group id, used as candidate group in the process models. */
    public String groupId() {
        return groupId;
    }

    /** The Vietnamese name shown in Admin and Tasklist. */
    public String label() {
        return label;
    }

    /** Whether the role watches dossiers in Cockpit, beyond working its own tasks. */
    public boolean supervises() {
        return supervises;
    }
}
