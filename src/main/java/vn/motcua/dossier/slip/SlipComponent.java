package vn.motcua.dossier.slip;

/**
 * One line of the slip's component list.
 *
 * @param name the component as the procedure names it, e.g. "Tờ khai đăng ký khai sinh"
 * @param note how it was received, e.g. "Bản điện tử, 3 trang" or "Tái sử dụng từ kho dữ liệu"; may be
 *             null or blank when there is nothing to add
 */
public record SlipComponent(String name, String note) {

    public SlipComponent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a slip component needs a name");
        }
    }
}
