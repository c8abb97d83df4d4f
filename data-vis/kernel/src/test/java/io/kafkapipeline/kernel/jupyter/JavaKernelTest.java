package io.kafkapipeline.kernel.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.kernel.eval.CellEvaluator;
import io.kafkapipeline.kernel.eval.CellException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells through the kernel without Jupyter: values, errors as Jupyter shows them, magics, display, timeout. */
class JavaKernelTest {

    private static JavaKernel kernel;
    private static int count;

    @BeforeAll
    static void start() {
        kernel = JavaKernel.create(CellEvaluator.start(Duration.ZERO));
        kernel.onStartup();
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
    }

    private static DisplayData run(String cell) throws CellException {
        return kernel.execute(cell, ++count);
    }

    private static CellException failure(String cell) {
        try {
            run(cell);
        } catch (CellException e) {
            return e;
        }
        throw new AssertionError("the cell did not fail: " + cell);
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void theLastExpressionIsTheCellsValueUnlessASemicolonEndsIt() throws Exception {
        assertThat(text(run("int a = 6;\nint b = 7;\na * b"))).isEqualTo("42");
        assertThat(run("a * b;")).isNull();
        assertThat(run("int c = a * b;")).isNull();
        assertThat(text(run("c"))).isEqualTo("42");
        assertThat(text(run("List.of(\"x\", \"y\")"))).isEqualTo("[x, y]");
        assertThat(text(run("Object nothing = null;\nnothing"))).isEqualTo("null");
    }

    @Test
    void definitionsLiveOnInLaterCells() throws Exception {
        run("String greet(String who) {\n    return \"hello, \" + who;\n}");
        run("record Point(int x, int y) {}");
        assertThat(text(run("greet(\"notebook\") + \" \" + new Point(1, 2)")))
                .isEqualTo("hello, notebook Point[x=1, y=2]");
    }

    @Test
    void stdoutOfACellGoesToSystemOut() throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            run("for (int i = 0; i < 3; i++) System.out.print(i);");
        } finally {
            System.setOut(before);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("012");
    }

    @Test
    void aCompileErrorNamesTheCellLineAndMarksTheCode() {
        CellException e = failure("int ok = 1;\nint y = \"text\";\nint z = 3;");
        assertThat(e.ename()).isEqualTo("CompilationException");
        assertThat(e.evalue()).isEqualTo("incompatible types: java.lang.String cannot be converted to int");
        assertThat(e.traceback())
                .containsExactly(
                        "CompilationException: incompatible types: java.lang.String cannot be converted to int",
                        "line 2: int y = \"text\";",
                        "                ^^^^^^");
    }

    @Test
    void anUnknownNameSaysWhichSymbolIsMissing() {
        CellException e = failure("weather.countBy(\"location\")");
        assertThat(e.evalue()).isEqualTo("cannot find symbol (variable weather)");
        assertThat(e.traceback()).contains("line 1: weather.countBy(\"location\")", "        ^^^^^^^");
    }

    @Test
    void aCellStopsAtItsFirstFailingSnippet() {
        failure("int before = 1;\nint bad = ;\nint after = 2;");
        assertThatThrownBy(() -> run("after")).isInstanceOf(CellException.class);
        assertThat(failure("after").evalue()).contains("cannot find symbol");
    }

    @Test
    void anExceptionIsTheJavaExceptionWithItsStackAndTheCellLine() {
        run2("void parse(String s) {\n    Integer.parseInt(s);\n}");
        CellException e = failure("int n = 1;\nparse(\"x\");");
        assertThat(e.ename()).isEqualTo("java.lang.NumberFormatException");
        assertThat(e.evalue()).isEqualTo("For input string: \"x\"");
        assertThat(e.traceback().get(0)).isEqualTo("java.lang.NumberFormatException: For input string: \"x\"");
        assertThat(e.traceback())
                .anyMatch(l -> l.startsWith("\tat java.base/java.lang.Integer.parseInt("))
                .anyMatch(l -> l.matches("\tat parse \\(Cell In\\[\\d+], line 2\\)"))
                .anyMatch(l -> l.matches("\tat Cell In\\[\\d+], line 2"))
                .noneMatch(l -> l.contains("jdk.jshell") || l.contains("io.kafkapipeline.kernel"));
    }

    @Test
    void theCausesOfAnExceptionAreShown() {
        CellException e = failure("throw new IllegalStateException(\"outer\", new java.io.IOException(\"inner\"));");
        assertThat(e.ename()).isEqualTo("java.lang.IllegalStateException");
        assertThat(e.traceback()).contains("Caused by: java.io.IOException: inner");
    }

    @Test
    void incompleteCodeIsACompileErrorNotAHang() {
        CellException e = failure("for (int i = 0; i < 3; i++) {\n    System.out.println(i);");
        assertThat(e.ename()).isEqualTo("CompilationException");
        assertThat(e.evalue()).startsWith("the code is incomplete");
    }

    @Test
    void aDeclarationUsingSomethingUndefinedFailsOnlyWhenUsed() throws Exception {
        assertThat(run("int twice(int x) { return helper(x) * 2; }")).isNull();
        assertThat(failure("twice(1)").ename()).isEqualTo("UnresolvedReferenceException");
        run("int helper(int x) { return x + 1; }");
        assertThat(text(run("twice(1)"))).isEqualTo("4");
    }

    @Test
    void imagesAndChartsRenderAsPng() throws Exception {
        DisplayData image = run("new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB)");
        assertThat(png(image)).hasSize(2).containsExactly(30, 20);
        DisplayData chart = run("var chart = new org.knowm.xchart.PieChartBuilder().width(200).height(100).build();\n"
                + "chart.addSeries(\"a\", 1);\nchart");
        assertThat(png(chart)).containsExactly(200, 100);
        assertThat(text(chart)).isEqualTo("PieChart (200x100)");
    }

    @Test
    void htmlAndMarkdownHaveTheirOwnMimeTypes() throws Exception {
        assertThat(run("html(\"<b>x</b>\")").getData(MIMEType.TEXT_HTML)).isEqualTo("<b>x</b>");
        assertThat(run("markdown(\"**x**\")").getData(MIMEType.TEXT_MARKDOWN)).isEqualTo("**x**");
        assertThat(run("display(\"shown\");")).isNull();
    }

    @Test
    void jarsAndClasspathMagicsAddJarsForTheRestOfTheSession(@TempDir Path dir) throws Exception {
        Path jar = greeterJar(dir);
        CellException missing = failure("%jars " + dir + "/nothing/*.jar");
        assertThat(missing.ename()).isEqualTo("MagicException");
        assertThat(missing.evalue()).startsWith("%jars: " + dir + "/nothing/*.jar matches no file");
        assertThat(text(run("%jars " + dir + "/*.jar\nnew demo.Greeter().hello()")))
                .isEqualTo("hello from a jar");
        assertThat(run("%classpath " + jar)).isNull();
    }

    @Test
    void anUnknownMagicNamesTheKnownOnes() {
        CellException e = failure("%maven org.example:x:1");
        assertThat(e.ename()).isEqualTo("UndefinedMagicException");
        assertThat(e.evalue()).isEqualTo("%maven is not a magic of this kernel (it knows %classpath, %jars, %timeout)");
    }

    @Test
    void aCellOverTheTimeoutIsStoppedAndTheKernelGoesOn() throws Exception {
        run("%timeout 1");
        try {
            long start = System.nanoTime();
            CellException e = failure("while (true) { }");
            assertThat(e.ename()).isEqualTo("CellTimeoutException");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            assertThat(failure("Thread.sleep(60_000);").ename()).isEqualTo("CellTimeoutException");
        } finally {
            run("%timeout 0");
        }
        assertThat(text(run("1 + 1"))).isEqualTo("2");
    }

    @Test
    void anInterruptStopsTheRunningCell() throws Exception {
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return;
            }
            kernel.interrupt();
        });
        interrupter.start();
        long start = System.nanoTime();
        CellException e = failure("Thread.sleep(120_000);");
        interrupter.join();
        assertThat(e.ename()).isEqualTo("CellInterruptedException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        kernel.interrupt(); // idle: must not fail the next cell
        assertThat(text(run("\"still alive\""))).isEqualTo("still alive");
    }

    private static void run2(String cell) {
        try {
            run(cell);
        } catch (CellException e) {
            throw new AssertionError(String.join("\n", e.traceback()), e);
        }
    }

    /** Width and height of the PNG in the display data. */
    private static List<Integer> png(DisplayData data) throws Exception {
        String base64 = (String) data.getData(MIMEType.IMAGE_PNG);
        assertThat(base64)
                .as("image/png of %s", data.getData(MIMEType.TEXT_PLAIN))
                .isNotNull();
        var image = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        return List.of(image.getWidth(), image.getHeight());
    }

    /** A jar holding {@code demo.Greeter}, compiled here: not on the test classpath. */
    private static Path greeterJar(Path dir) throws Exception {
        Path src = dir.resolve("src/demo/Greeter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(
                src, "package demo; public class Greeter { public String hello() { return \"hello from a jar\"; } }");
        Path classes = dir.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertThat(rc).isZero();
        Path jar = dir.resolve("greeter.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("demo/Greeter.class"));
            out.write(Files.readAllBytes(classes.resolve("demo/Greeter.class")));
        }
        return jar;
    }
}
