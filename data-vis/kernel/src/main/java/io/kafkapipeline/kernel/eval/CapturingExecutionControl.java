package io.kafkapipeline.kernel.eval;

import java.lang.reflect.Field;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution (the JDK's own {@link LocalExecutionControl}: snippets run in this JVM, and
 * {@code JShell.stop()} stops them the JDK's way), plus access to the objects behind variables: JShell itself only
 * hands out their {@code toString()}, a notebook needs the object to render it (an image as PNG).
 */
final class CapturingExecutionControl extends LocalExecutionControl {

    /** Set by the JDK's loader delegate, in the super constructor, on the thread that builds the JShell. */
    private final ClassLoader snippetLoader = Thread.currentThread().getContextClassLoader();

    private Object lastValue;

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        try {
            Field field = findClass(className).getDeclaredField(varName);
            field.setAccessible(true);
            lastValue = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InternalException("cannot read " + varName + ": " + e);
        }
        // The caller takes the object; its toString() is neither needed nor always cheap or safe.
        return "";
    }

    /** The object read by the last {@code JShell.varValue} call. */
    Object takeValue() {
        Object value = lastValue;
        lastValue = null;
        return value;
    }

    /** The class loader of the snippets (and of the jars added to the classpath). */
    ClassLoader snippetLoader() {
        return snippetLoader;
    }

    /** Hands JShell one {@link CapturingExecutionControl} and keeps it for the kernel. */
    static final class Provider implements ExecutionControlProvider {
        private CapturingExecutionControl control;

        @Override
        public String name() {
            return "kafkapipeline-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new CapturingExecutionControl();
            return control;
        }

        CapturingExecutionControl control() {
            if (control == null) {
                throw new IllegalStateException("JShell has not created its execution control yet");
            }
            return control;
        }
    }
}
