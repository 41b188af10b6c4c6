package vn.motcua.catalog;

import vn.motcua.shared.NotFound;

/** No procedure with that code is in the catalogue. */
public class UnknownProcedure extends NotFound {

    public UnknownProcedure(String code) {
        super("no procedure with code '" + code + "'");
    }
}
