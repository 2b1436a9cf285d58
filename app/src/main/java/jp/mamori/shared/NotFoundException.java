package jp.mamori.shared;

/** Something asked for by id does not exist (or must look as if it did not): answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
