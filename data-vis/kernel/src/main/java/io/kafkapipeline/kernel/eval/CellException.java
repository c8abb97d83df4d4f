package io.kafkapipeline.kernel.eval;

import java.util.List;

/**
 * A cell that failed, as Jupyter shows it: {@code ename} (the Java exception's class name, or
 * {@code CompilationException} for code the compiler rejects), {@code evalue} (its message) and the traceback lines.
 */
public final class CellException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String ename;
    private final String evalue;
    private final List<String> traceback;

    public CellException(String ename, String evalue, List<String> traceback) {
        super(ename + ": " + evalue);
        this.ename = ename;
        this.evalue = evalue;
        this.traceback = List.copyOf(traceback);
    }

    /** An error of the kernel itself (no Java stack to show): one traceback line. */
    public static CellException of(String ename, String evalue) {
        return new CellException(ename, evalue, List.of(ename + ": " + evalue));
    }

    public String ename() {
        return ename;
    }

    public String evalue() {
        return evalue;
    }

    public List<String> traceback() {
        return traceback;
    }
}
