package vn.motcua.catalog;

import java.nio.file.Path;

/** A procedure.yaml that the catalogue cannot accept: the file, the field and what is wrong. */
public class InvalidProcedureDescriptor extends RuntimeException {

    private final Path file;
    private final String field;

    public InvalidProcedureDescriptor(Path file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public String field() {
        return field;
    }
}
