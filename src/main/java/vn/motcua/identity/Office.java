package vn.motcua.identity;

import java.util.regex.Pattern;

import vn.motcua.shared.PlainText;

/**
 * A one-stop office (a commune or ward centre, or the provincial centre). Its {@code id} is the
 * Camunda tenant id of everything the office receives; its {@code code} is the national office
 * code printed in dossier codes (e.g. {@code 000.00.21.H56}).
 */
public record Office(String id, String code, String name, String province) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z.]{3,32}");

    public Office {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("office id must be lower-case letters, digits and '-': " + id);
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("office code must be digits, capitals and '.': " + code);
        }
        if (name == null || name.isBlank() || PlainText.hasHiddenCharacter(name)) {
            throw new IllegalArgumentException("office name is required, without control or invisible characters: " + name);
        }
        if (province == null || province.isBlank() || PlainText.hasHiddenCharacter(province)) {
            throw new IllegalArgumentException("province is required, without control or invisible characters: " + province);
        }
    }
}
